import type { PhraseSet } from './types';

const oc: PhraseSet = {
  lang: 'oc',
  consent: ['cookie*', 'vòstre consentiment', 'consentiment', 'nòstres partenaris', 'amb la tòca seguenta'],
  privacy: ['vida privada', 'donadas personalas', 'informacions personalas', 'confidencialitat'],
  accept: [
    'acceptar',
    'tot acceptar',
    'ok, tot acceptar',
    'autorizar',
    'autorizar totes',
    'es bon',
    'accepti',
  ],
  reject: ['refusar', 'tot refusar', 'refusi', 'refusar totes', 'interdire', 'accèpti çò necessari'],
  settings: [
    'personalizar',
    'enregistrar',
    'salvagardar',
    'me daissar causir',
    'acceptar çò seleccionat',
    'paramètres',
    'configurar',
  ],
  dismiss: ['tampar', 'comprés', 'contunhar'],
  necessary: ['necessari*', 'necessàri*'],
  policy: ['politica de confidencialitat', 'ne saber mai'],
  notConsent: [
    'se connectar',
    'senhal',
    "s'abonar",
    "letra d'informacion",
    'cercar',
    "telecargar l'aplicacion",
    'en dirècte',
  ],
};

export default oc;
