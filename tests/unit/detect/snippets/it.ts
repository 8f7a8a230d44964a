export default {
  lang: 'it',
  banners: [
    'Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti per inviarti pubblicità in linea con le tue preferenze.',
    'Noi e i nostri partner archiviamo e/o accediamo a informazioni su un dispositivo, come i cookie, e trattiamo dati personali per annunci e contenuti personalizzati.',
    'Utilizziamo strumenti di tracciamento per finalità di misurazione; puoi negare il consenso in qualsiasi momento.',
  ],
  notBanners: [
    'Accedi al tuo account: inserisci email e password.',
    'Iscriviti alla newsletter per ricevere ogni giorno le notizie più importanti.',
    'In diretta: il presidente del Consiglio interviene alla Camera sul bilancio',
    "Scarica l'app per leggere le notizie anche offline.",
  ],
  accept: ['Accetta tutto', 'Accetta e chiudi', 'Accetto', 'Consenti tutti'],
  dismiss: ['Ho capito', 'OK'],
  reject: ['Rifiuta tutto', 'Rifiuta', 'Continua senza accettare', 'Solo cookie necessari', 'Non accetto'],
  settings: [
    'Personalizza',
    'Gestisci opzioni',
    'Impostazioni cookie',
    'Più opzioni',
    'Scopri di più e personalizza',
    'Salva le mie scelte',
  ],
  neutral: ['Leggi di più', 'Abbonati', 'Accedi', 'Riproduci video', 'Avanti'],
  policy: ['Informativa sulla privacy', 'Cookie policy', 'Scopri di più'],
};
