export default {
  lang: 'hu',
  banners: [
    'Weboldalunk sütiket használ a felhasználói élmény javítása és személyre szabott hirdetések megjelenítése érdekében. Az „Elfogadom” gombra kattintva hozzájárulását adja.',
    'Mi és partnereink információkat tárolunk egy eszközön és/vagy hozzáférünk azokhoz, például sütiket, és személyes adatokat kezelünk.',
    'Ez a weboldal cookie-kat használ. Hozzájárulását bármikor visszavonhatja.',
  ],
  notBanners: [
    'Jelentkezzen be e-mail címével és jelszavával.',
    'Iratkozzon fel hírlevelünkre, és minden reggel megkapja a legfontosabb híreket.',
    'Élő közvetítés: az Országgyűlés a költségvetésről vitázik',
    'Töltse le az alkalmazást, és kapjon értesítéseket a friss hírekről.',
  ],
  accept: ['Elfogadom', 'Összes elfogadása', 'Összes engedélyezése', 'Mindet elfogadom'],
  dismiss: ['Rendben'],
  reject: ['Elutasítom', 'Összes elutasítása', 'Csak a szükséges sütik', 'Nem fogadom el', 'Elutasítás'],
  settings: [
    'Beállítások',
    'Süti beállítások',
    'Testreszabás',
    'Beállítások kezelése',
    'Kiválasztás engedélyezése',
  ],
  neutral: [
    'Részletek megjelenítése',
    'Tovább olvasom',
    'Feliratkozás',
    'Bejelentkezés',
    'Videó lejátszása',
    'Tovább',
  ],
  policy: ['Adatvédelmi tájékoztató', 'Süti szabályzat', 'Tudjon meg többet'],
};
