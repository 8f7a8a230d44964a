export default {
  lang: 'rm',
  banners: [
    'Questa pagina d\'internet utilisescha cookies per meglierar Vossa experientscha. Cun cliccar "Acceptar tut" dais Vus Voss consentiment.',
    'Nus e noss partenaris utilisain cookies per analisas.',
    'Cun Voss consentiment memorisain nus cookies. Legiai la decleraziun da protecziun da datas.',
  ],
  notBanners: [
    "S'annunziar: endatai Voss e-mail e Voss pled-clav.",
    'Abunar nossa newsletter.',
    "Tschertgar en l'archiv",
  ],
  accept: ['Acceptar tut', 'Acceptar', 'Permetter tut'],
  reject: ['Refusar tut', 'Refusar', 'Mo necessari'],
  settings: ['Persunalisar', 'Memorisar las configuraziuns', 'Administrar'],
  dismiss: ['Serrar'],
  neutral: [],
  policy: ['Decleraziun da protecziun da datas'],
};
