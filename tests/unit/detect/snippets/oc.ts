export default {
  lang: 'oc',
  banners: [
    'Aqueste site utiliza de cookies per melhorar vòstra experiéncia. En clicant "Tot acceptar" donatz vòstre consentiment.',
    'Nosautres e nòstres partenaris utilizam de cookies per de publicitat.',
    'Reculhissèm e tractam vòstras informacions personalas amb la tòca seguenta : estatisticas.',
  ],
  notBanners: [
    'Se connectar : picatz vòstre corrièl e vòstre senhal.',
    "Abonatz-vos a nòstra letra d'informacion.",
    'En dirècte : lo conselh vòta lo budget',
  ],
  accept: ['Tot acceptar', 'Acceptar', 'Autorizar'],
  reject: ['Tot refusar', 'Refusar', 'Interdire'],
  settings: ['Personalizar', 'Enregistrar', 'Me daissar causir'],
  dismiss: ['Tampar'],
  neutral: ['Cercar'],
  policy: ['Politica de confidencialitat'],
};
