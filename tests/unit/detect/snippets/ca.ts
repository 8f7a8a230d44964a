export default {
  lang: 'ca',
  banners: [
    'Aquest lloc web fa servir galetes per millorar la vostra experiència. Si feu clic a "Acceptar-ho tot", accepteu l\'ús de galetes.',
    'Nosaltres i els nostres socis utilitzem tecnologies similars per mostrar publicitat personalitzada.',
    'Amb el vostre consentiment desem galetes al dispositiu. Consulteu la política de privacitat.',
  ],
  notBanners: [
    'Inicia la sessió: introdueix el correu i la contrasenya.',
    'Subscriu-te al nostre butlletí per rebre les notícies.',
    'Última hora: el Parlament aprova els pressupostos',
    "Descarrega l'aplicació per a una experiència més ràpida.",
  ],
  accept: ['Acceptar-ho tot', 'Acceptar', "D'acord", 'Permet totes'],
  reject: ['Rebutjar-ho tot', 'Rebutjar', 'Només les necessàries', 'Denega totes les galetes'],
  settings: ['Configuració de galetes', 'Gestionar preferències', 'Personalitzar', 'Desa la configuració'],
  dismiss: ['Tancar', 'Entesos'],
  neutral: ['Continua llegint', 'Cerca', 'Següent'],
  policy: ['Política de privacitat', 'Política de galetes'],
};
