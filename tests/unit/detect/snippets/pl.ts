export default {
  lang: 'pl',
  banners: [
    'Używamy plików cookie, aby zapewnić prawidłowe działanie serwisu i wyświetlać spersonalizowane reklamy. Klikając „Akceptuję”, wyrażasz zgodę na przetwarzanie danych.',
    'My i nasi zaufani partnerzy przechowujemy informacje na urządzeniu lub uzyskujemy do nich dostęp, np. pliki cookie, i przetwarzamy dane osobowe.',
    'Ta strona korzysta z ciasteczek. Zgodnie z RODO możesz w każdej chwili wycofać zgodę.',
  ],
  notBanners: [
    'Zaloguj się, podając adres e-mail i hasło.',
    'Zapisz się do newslettera i otrzymuj najważniejsze wiadomości każdego ranka.',
    'Na żywo: Sejm debatuje nad budżetem państwa',
    'Pobierz aplikację i otrzymuj powiadomienia z ostatniej chwili.',
    'Zmieniliśmy regulamin serwisu. Zapoznaj się ze zmianami zgodnie z instrukcją.',
  ],
  accept: ['Akceptuję', 'Zaakceptuj wszystkie', 'Zgadzam się', 'Przejdź do serwisu', 'Zezwól na wszystkie'],
  dismiss: ['OK'],
  reject: ['Odrzuć wszystkie', 'Odrzuć', 'Tylko niezbędne', 'Nie zgadzam się', 'Nie wyrażam zgody'],
  settings: [
    'Ustawienia',
    'Dostosuj',
    'Zarządzaj opcjami',
    'Więcej opcji',
    'Zezwól na wybór',
    'Ustawienia zaawansowane',
  ],
  neutral: ['Czytaj więcej', 'Subskrybuj', 'Zaloguj się', 'Odtwórz wideo', 'Dalej', 'Zapisz się'],
  policy: ['Polityka prywatności', 'Polityka cookies', 'Dowiedz się więcej'],
};
