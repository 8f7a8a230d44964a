export default {
  lang: 'fi',
  banners: [
    'Käytämme evästeitä parantaaksemme käyttökokemustasi ja näyttääksemme personoituja mainoksia. Hyväksymällä annat suostumuksesi evästeiden käyttöön.',
    'Me ja kumppanimme tallennamme tietoja laitteelle ja/tai käytämme niitä, kuten evästeitä, ja käsittelemme henkilötietoja.',
    'Tämä sivusto käyttää evästeitä. Voit muuttaa evästeasetuksia milloin tahansa.',
  ],
  notBanners: [
    'Kirjaudu sisään sähköpostiosoitteella ja salasanalla.',
    'Tilaa uutiskirjeemme ja saat päivän tärkeimmät uutiset joka aamu.',
    'Seuraamme tilannetta suorana: eduskunta äänestää budjetista',
    'Lataa sovellus ja saat ilmoitukset tuoreimmista uutisista.',
  ],
  accept: ['Hyväksy kaikki', 'Hyväksy', 'Salli kaikki', 'Hyväksyn', 'Hyväksy kaikki evästeet'],
  dismiss: ['OK'],
  reject: ['Hylkää kaikki', 'Vain välttämättömät', 'Kieltäydy', 'Hyväksy vain välttämättömät', 'Hylkää'],
  settings: [
    'Asetukset',
    'Evästeasetukset',
    'Mukauta',
    'Hallinnoi asetuksia',
    'Salli valinta',
    'Tallenna valinnat',
  ],
  neutral: ['Lue lisää', 'Tilaa', 'Kirjaudu sisään', 'Toista video', 'Seuraava'],
  policy: ['Tietosuojaseloste', 'Evästekäytäntö', 'Lisätietoja'],
};
