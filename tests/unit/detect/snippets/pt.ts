export default {
  lang: 'pt',
  banners: [
    'Utilizamos cookies para melhorar a sua experiência de navegação e para fins estatísticos. Ao clicar em «Aceitar», concorda com a utilização de cookies.',
    'Nós e os nossos parceiros armazenamos e/ou acedemos a informações num dispositivo, tais como cookies, e tratamos dados pessoais para anúncios e conteúdos personalizados.',
    'Este sítio utiliza tecnologias semelhantes para medir audiências. O seu consentimento pode ser retirado a qualquer momento.',
  ],
  notBanners: [
    'Inicie sessão com o seu email e palavra-passe para continuar.',
    'Subscreva a nossa newsletter e receba as principais notícias todas as manhãs.',
    'Em direto: primeiro-ministro fala ao país após reunião do Conselho de Ministros',
    'Descarregue a aplicação e receba notificações da última hora.',
  ],
  accept: ['Aceitar todos', 'Aceitar e fechar', 'Concordo', 'Permitir todos', 'Aceito'],
  reject: ['Rejeitar todos', 'Recusar', 'Apenas necessários', 'Continuar sem aceitar', 'Não aceito'],
  settings: ['Definições de cookies', 'Personalizar', 'Gerir opções', 'Mais opções', 'Guardar preferências'],
  neutral: ['Ler mais', 'Subscrever', 'Iniciar sessão', 'Reproduzir vídeo', 'Seguinte'],
  policy: ['Política de privacidade', 'Política de cookies', 'Saber mais'],
};
