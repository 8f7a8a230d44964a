export default {
  lang: 'fr',
  banners: [
    'Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, telles que les cookies, et traitons des données personnelles, telles que les identifiants uniques, pour vous proposer des publicités et contenus personnalisés.',
    'Ce site utilise des cookies et autres traceurs pour améliorer votre expérience. Vous pouvez accepter, refuser ou paramétrer vos choix. Votre consentement est valable 13 mois.',
    "Avec votre accord, nous utilisons des témoins de connexion pour mesurer l'audience et afficher de la publicité personnalisée.",
  ],
  notBanners: [
    'Connectez-vous pour continuer. Saisissez votre identifiant et votre mot de passe.',
    "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.",
    "En direct : le Premier ministre s'exprime devant l'Assemblée nationale",
    "Téléchargez l'application pour suivre l'actualité en temps réel.",
    "Nos conditions d'utilisation ont changé. Merci de les lire avant de continuer.",
  ],
  accept: ['Tout accepter', 'Accepter et fermer', "J'accepte", 'J’accepte', 'Autoriser tous les cookies'],
  dismiss: ["OK, j'ai compris"],
  reject: [
    'Tout refuser',
    'Continuer sans accepter',
    'Refuser',
    'Je refuse',
    'Accepter uniquement les cookies nécessaires',
  ],
  settings: [
    'Paramétrer les cookies',
    'Personnaliser',
    'Gérer mes préférences',
    "Plus d'options",
    'Paramètres',
    'Gérer les options',
  ],
  neutral: ['Lire la suite', "S'abonner", 'Se connecter', 'Lire la vidéo', 'Suivant'],
  policy: ['Politique de confidentialité', 'Politique relative aux cookies', 'En savoir plus'],
};
