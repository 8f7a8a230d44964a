export default {
  lang: 'az',
  banners: [
    'Bu sayt təcrübənizi yaxşılaşdırmaq üçün kukilərdən istifadə edir. "Hamısını qəbul et" düyməsini basmaqla razılığınızı verirsiniz.',
    'Biz və tərəfdaşlarımız fərdiləşdirilmiş reklam üçün çərəzlərdən istifadə edirik.',
    'Razılığınızla cihazınızda kukiləri saxlayırıq. Məxfilik siyasətini oxuyun.',
  ],
  notBanners: [
    'Daxil ol: e-poçt və şifrənizi daxil edin.',
    'Bülletenimizə abunə ol və son xəbərləri al.',
    'Canlı: Milli Məclis büdcəni təsdiqlədi',
  ],
  accept: ['Hamısını qəbul et', 'Qəbul et', 'Razıyam', 'İcazə ver'],
  reject: ['Hamısını rədd et', 'Rədd et', 'Yalnız zəruri', 'Razı deyiləm'],
  settings: ['Parametrlər', 'İdarə et', 'Fərdiləşdir', 'Yadda saxla'],
  dismiss: ['Bağla', 'Başa düşdüm'],
  neutral: ['Axtar'],
  policy: ['Məxfilik siyasəti', 'Çərəz siyasəti'],
};
