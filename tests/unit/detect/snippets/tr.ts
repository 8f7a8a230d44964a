export default {
  lang: 'tr',
  banners: [
    "Sitemizde deneyiminizi iyileştirmek ve kişiselleştirilmiş reklamlar göstermek için çerezler kullanıyoruz. 'Kabul et' butonuna tıklayarak çerez kullanımına onay vermiş olursunuz.",
    'Biz ve iş ortaklarımız, çerezler gibi bir cihazda bilgi depolar ve/veya bilgilere erişiriz; kişisel verileri işleriz.',
    'KVKK kapsamında açık rızanız ile çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.',
  ],
  notBanners: [
    'Giriş yap: e-posta adresinizi ve şifrenizi girin.',
    'E-bültenimize abone olun, en önemli haberler her sabah e-postanızda olsun.',
    'Son dakika: Meclis bütçe görüşmelerine devam ediyor',
    'Uygulamayı indir, son dakika bildirimlerini kaçırma.',
  ],
  accept: ['Tümünü kabul et', 'Kabul et', 'Kabul ediyorum', 'İzin ver', 'KABUL ET'],
  dismiss: ['Tamam'],
  reject: [
    'Tümünü reddet',
    'Reddet',
    'Sadece gerekli çerezler',
    'Kabul etmiyorum',
    'Yalnızca zorunlu çerezlere izin ver',
  ],
  settings: ['Ayarlar', 'Çerez ayarları', 'Özelleştir', 'Tercihleri yönet', 'Seçime izin ver'],
  neutral: ['Ayrıntıları göster', 'Devamını oku', 'Abone ol', 'Giriş yap', 'Videoyu oynat', 'İleri'],
  policy: ['Gizlilik Politikası', 'Çerez Politikası', 'Aydınlatma Metni'],
};
