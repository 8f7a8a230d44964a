import type { PhraseSet } from './types';

const lb: PhraseSet = {
  lang: 'lb',
  consent: [
    'cookie*',
    'ären accord',
    'äert averständnis',
    'eis partner',
    'berechtegt interessi',
    'personaliséiert reklammen',
  ],
  privacy: ['dateschutz*', 'privatsphär', 'perséinlech donnéeën'],
  accept: [
    'akzeptéieren',
    'alles akzeptéieren',
    'all akzeptéieren',
    'ech akzeptéieren',
    'erlaaben',
    'alles erlaaben',
    'averstanen',
  ],
  reject: [
    'refuséieren',
    'all refuséieren',
    'alles refuséieren',
    'verwerfen',
    'alles verwerfen',
    'ofleenen',
    'just néideg',
  ],
  settings: [
    'astellungen',
    'upassen',
    'personaliséieren',
    'späicheren',
    'astellunge späicheren',
    'verwalten',
  ],
  dismiss: ['zoumaachen', 'verstanen', 'weider'],
  necessary: ['néideg'],
  policy: ['dateschutzerklärung', 'cookie-richtlinn', 'méi gewuer ginn'],
  notConsent: [
    'umellen',
    'aloggen',
    'passwuert',
    'abonnéieren',
    'newsletter',
    'sichen',
    'app eroflueden',
    'live',
  ],
};

export default lb;
