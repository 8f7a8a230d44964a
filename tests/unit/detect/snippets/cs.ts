export default {
  lang: 'cs',
  banners: [
    'Používáme soubory cookie k personalizaci obsahu a reklam a k analýze návštěvnosti. Kliknutím na „Přijmout vše“ udělujete souhlas.',
    'My a naši partneři ukládáme a/nebo přistupujeme k informacím v zařízení, jako jsou soubory cookie, a zpracováváme osobní údaje.',
    'Tento web používá cookies. Svůj souhlas můžete kdykoli odvolat v nastavení.',
  ],
  notBanners: [
    'Přihlaste se pomocí e-mailu a hesla.',
    'Odebírejte náš newsletter a každé ráno dostanete nejdůležitější zprávy.',
    'Živě: Sněmovna jedná o státním rozpočtu',
    'Stáhněte si aplikaci a dostávejte oznámení o nejnovějších zprávách.',
  ],
  accept: ['Přijmout vše', 'Souhlasím', 'Povolit vše', 'Přijmout všechny cookies'],
  dismiss: ['Rozumím'],
  reject: ['Odmítnout vše', 'Odmítnout', 'Pouze nezbytné', 'Povolit pouze nezbytné', 'Nesouhlasím'],
  settings: [
    'Nastavení',
    'Přizpůsobit',
    'Spravovat možnosti',
    'Další možnosti',
    'Povolit výběr',
    'Uložit nastavení',
  ],
  neutral: ['Číst více', 'Odebírat', 'Přihlásit se', 'Přehrát video', 'Další'],
  policy: ['Zásady ochrany osobních údajů', 'Zásady používání cookies', 'Více informací'],
};
