export default {
  lang: 'is',
  banners: [
    'Þessi vefur notar vafrakökur til að bæta upplifun þína. Með því að smella á "Samþykkja allt" veitir þú samþykki þitt.',
    'Við og samstarfsaðilar okkar notum svipaða tækni fyrir sérsniðnar auglýsingar.',
    'Við vistum vafrakökur með samþykki þínu. Lestu persónuverndarstefnu okkar.',
  ],
  notBanners: [
    'Skrá inn: sláðu inn netfang og lykilorð.',
    'Skráðu þig á fréttabréfið okkar.',
    'Í beinni: Alþingi samþykkir fjárlög',
  ],
  accept: ['Samþykkja allt', 'Samþykkja', 'Ég samþykki', 'Leyfa allt'],
  reject: ['Hafna öllu', 'Hafna', 'Aðeins nauðsynlegar'],
  settings: ['Stillingar', 'Stjórna stillingum', 'Sérsníða', 'Vista stillingar'],
  dismiss: ['Loka', 'Ég skil', 'Í lagi'],
  neutral: ['Leita'],
  policy: ['Persónuverndarstefna', 'Vafrakökustefna'],
};
