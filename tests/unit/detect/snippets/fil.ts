export default {
  lang: 'fil',
  banners: [
    'Gumagamit ang website na ito ng cookies para mapabuti ang iyong karanasan. Sa pag-click ng "Tanggapin lahat", sumasang-ayon ka sa paggamit ng cookies.',
    'Kami at ang aming mga partner ay gumagamit ng cookies para sa naka-personalize na ad.',
    'Sa iyong pahintulot, nag-iimbak kami ng cookies. Basahin ang patakaran sa privacy.',
  ],
  notBanners: [
    'Mag-log in: ilagay ang iyong email at password.',
    'Mag-subscribe sa aming newsletter para sa pinakabagong balita.',
    'I-download ang app para sa mas mabilis na karanasan.',
  ],
  accept: ['Tanggapin lahat', 'Tanggapin', 'Sumasang-ayon ako', 'Payagan lahat'],
  reject: ['Tanggihan lahat', 'Tanggihan', 'Kailangan lang'],
  settings: ['Mga setting', 'Pamahalaan ang mga setting', 'Mga kagustuhan', 'I-customize'],
  dismiss: ['Isara', 'Naiintindihan ko', 'Sige'],
  neutral: ['Mag-log in', 'Susunod'],
  policy: ['Patakaran sa privacy', 'Patakaran sa cookie'],
};
