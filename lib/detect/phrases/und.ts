import type { PhraseSet } from './types';

// The fallback for languages without a table of their own: the word "cookie" as the world writes it
// (Burmese, Khmer, Lao, Malayalam, Kannada, Sinhala, Amharic, Belarusian, Mongolian, Nepali, ...).
// It carries only consent wording: the buttons of such a banner are judged by their structure.
const und: PhraseSet = {
  lang: 'und',
  consent: [
    'ကွတ်ကီး',
    'ခူကီး',
    'ខូគី',
    'ຄຸກກີ້',
    'ຄຸກກີ',
    'കുക്കി',
    'ಕುಕೀ',
    'ಕುಕ್ಕೀ',
    'කුකී',
    'ኩኪ',
    'ኩኪዎች',
    'кукі',
    'күүки',
    'cookie файл',
    'कुकीहरू',
    'ଖୁକୀ',
    'କୁକି',
    'ކުކީ',
  ],
  privacy: [],
  accept: [],
  reject: [],
  settings: [],
  dismiss: [],
  necessary: [],
  policy: [],
  notConsent: ['app store', 'google play'],
};

export default und;
