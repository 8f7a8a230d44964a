export default {
  lang: 'ro',
  banners: [
    'Acest site folosește cookie-uri pentru a vă îmbunătăți experiența și pentru a afișa reclame personalizate. Apăsând „Accept”, vă exprimați consimțământul.',
    'Noi și partenerii noștri stocăm și/sau accesăm informații pe un dispozitiv, cum ar fi cookie-urile, și prelucrăm date cu caracter personal.',
    'Utilizăm module cookie. Vă puteţi retrage consimţământul oricând.',
  ],
  notBanners: [
    'Autentifică-te cu adresa de e-mail și parola.',
    'Abonează-te la newsletter și primește cele mai importante știri în fiecare dimineață.',
    'În direct: Parlamentul dezbate bugetul de stat',
    'Descarcă aplicația și primește notificări despre ultimele știri.',
  ],
  accept: ['Accept tot', 'Acceptă toate', 'Sunt de acord', 'Permite toate'],
  dismiss: ['Am înțeles'],
  reject: ['Refuz tot', 'Respinge toate', 'Doar cele necesare', 'Nu sunt de acord', 'Refuză'],
  settings: [
    'Setări',
    'Setări cookie',
    'Personalizează',
    'Gestionează opțiunile',
    'Permite selecția',
    'Salvează preferințele',
  ],
  neutral: ['Citește mai mult', 'Abonează-te', 'Conectare', 'Redă videoclipul', 'Următorul'],
  policy: ['Politica de confidențialitate', 'Politica de cookie-uri', 'Află mai multe'],
};
