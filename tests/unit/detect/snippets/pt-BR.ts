export default {
  lang: 'pt-BR',
  banners: [
    'Utilizamos cookies e tecnologias semelhantes para melhorar a sua experiência, de acordo com a nossa Política de Privacidade. Ao continuar navegando, você concorda com estas condições.',
    'Nós e nossos parceiros armazenamos e/ou acessamos informações em um dispositivo, como cookies, e processamos dados pessoais para anúncios e conteúdo personalizados.',
    'Em conformidade com a LGPD, pedimos o seu consentimento para o uso de tecnologias de rastreamento.',
  ],
  notBanners: [
    'Faça login com seu e-mail e senha para continuar.',
    'Assine nossa newsletter e receba as principais notícias no seu e-mail.',
    'Ao vivo: presidente discursa no Congresso sobre a reforma tributária',
    'Baixe o aplicativo e receba as últimas notícias no seu celular.',
  ],
  accept: ['Aceitar todos', 'Aceitar e fechar', 'Concordo', 'Permitir todos', 'Eu concordo'],
  dismiss: ['Entendi'],
  reject: ['Rejeitar todos', 'Recusar', 'Apenas necessários', 'Continuar sem aceitar', 'Não concordo'],
  settings: [
    'Configurações de cookies',
    'Personalizar',
    'Gerenciar opções',
    'Mais opções',
    'Salvar preferências',
  ],
  neutral: ['Leia mais', 'Assinar', 'Entrar', 'Reproduzir vídeo', 'Próximo'],
  policy: ['Política de privacidade', 'Política de cookies', 'Saiba mais'],
};
