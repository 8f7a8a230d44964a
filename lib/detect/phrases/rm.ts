import type { PhraseSet } from './types';

const rm: PhraseSet = {
  lang: 'rm',
  consent: ['cookie*', 'voss consentiment', 'consentiment', 'noss partenaris'],
  privacy: ['protecziun da datas', 'datas persunalas', 'sfera privata'],
  accept: ['acceptar', 'acceptar tut', 'acceptar tuts', 'permetter', 'permetter tut'],
  reject: ['refusar', 'refusar tut', 'refusar tuts', 'mo necessari'],
  settings: ['persunalisar', 'configuraziuns', 'memorisar', 'memorisar las configuraziuns', 'administrar'],
  dismiss: ['serrar', 'chapì', 'cuntinuar'],
  necessary: ['necessari*'],
  policy: ['decleraziun da protecziun da datas', 'dapli infurmaziuns'],
  notConsent: ["s'annunziar", 'pled-clav', 'abunar', 'tschertgar', "telechargiar l'app"],
};

export default rm;
