export default {
  lang: 'ga',
  banners: [
    "Úsáidimid fianáin chun d'eispéireas a fheabhsú agus chun fógraí pearsantaithe a thaispeáint. Trí chliceáil ar 'Glac leo go léir' tugann tú do thoiliú.",
    'Stórálann muid agus ár gcomhpháirtithe faisnéis ar ghléas, mar shampla fianáin, agus próiseálaimid sonraí pearsanta.',
    'Baineann an suíomh seo úsáid as fianáin. Tá tuilleadh eolais inár mbeartas maidir le fianáin.',
  ],
  notBanners: [
    'Logáil isteach le do sheoladh ríomhphoist agus do phasfhocal.',
    'Liostáil lenár nuachtlitir agus faigh na scéalta is tábhachtaí gach maidin.',
    'Beo: Tá an Dáil ag plé an bhuiséid',
    'Íoslódáil an aip agus faigh fógraí faoin nuacht is déanaí.',
  ],
  accept: ['Glac leo go léir', 'Glac leo', 'Aontaím', 'Ceadaigh gach ceann', 'Ceart go leor'],
  reject: [
    'Diúltaigh do gach ceann',
    'Diúltaigh',
    'Na cinn riachtanacha amháin',
    'Ní aontaím',
    'Lean ar aghaidh gan glacadh',
  ],
  settings: [
    'Socruithe',
    'Saincheap',
    'Bainistigh roghanna',
    'Tuilleadh roghanna',
    'Ceadaigh an rogha',
    'Sábháil socruithe',
  ],
  neutral: ['Léigh tuilleadh', 'Liostáil', 'Sínigh isteach', 'Seinn an físeán', 'Ar aghaidh'],
  policy: ['Polasaí príobháideachais', 'Polasaí fianán', 'Tuilleadh eolais'],
};
