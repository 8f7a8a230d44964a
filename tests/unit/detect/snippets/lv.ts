export default {
  lang: 'lv',
  banners: [
    "Mēs izmantojam sīkdatnes, lai uzlabotu jūsu pieredzi un rādītu personalizētu reklāmu. Noklikšķinot uz 'Piekrītu', jūs sniedzat piekrišanu sīkdatņu izmantošanai.",
    'Mēs un mūsu partneri glabājam un/vai piekļūstam informācijai ierīcē, piemēram, sīkdatnēm, un apstrādājam personas datus.',
    'Šī vietne izmanto sīkfailus. Vairāk informācijas mūsu sīkdatņu politikā.',
  ],
  notBanners: [
    'Pieslēgties ar e-pastu un paroli, lai turpinātu.',
    'Abonēt mūsu jaunumu vēstuli un saņemt svarīgākās ziņas katru rītu.',
    'Tiešraide: Saeima apspriež valsts budžetu',
    'Lejupielādējiet lietotni un saņemiet paziņojumus par jaunākajām ziņām.',
  ],
  accept: ['Piekrītu', 'Pieņemt visas', 'Atļaut visus', 'Akceptēt visas'],
  dismiss: ['Labi'],
  reject: ['Noraidīt', 'Noraidīt visas', 'Tikai nepieciešamās', 'Atļaut tikai nepieciešamās', 'Nepiekrītu'],
  settings: [
    'Iestatījumi',
    'Sīkdatņu iestatījumi',
    'Pielāgot',
    'Pārvaldīt iestatījumus',
    'Atļaut atlasi',
    'Saglabāt izvēli',
  ],
  neutral: ['Lasīt vairāk', 'Abonēt', 'Pieslēgties', 'Atskaņot video', 'Nākamais'],
  policy: ['Privātuma politika', 'Sīkdatņu politika', 'Uzzināt vairāk'],
};
