export default {
  lang: 'gl',
  banners: [
    'Este sitio web utiliza cookies para mellorar a túa experiencia. Ao premer "Aceptar todo" aceptas o uso de cookies.',
    'Nós e os nosos socios empregamos tecnoloxías similares para mostrar publicidade personalizada.',
    'Co seu consentimento gardamos cookies no dispositivo. Consulte a política de privacidade.',
  ],
  notBanners: [
    'Iniciar sesión: introduce o correo e o contrasinal.',
    'Subscribirse ao noso boletín para recibir as novas.',
    'Última hora: o Parlamento aproba os orzamentos',
  ],
  accept: ['Aceptar todo', 'Aceptar', 'Estou de acordo', 'Permitir todas'],
  reject: ['Rexeitar todo', 'Rexeitar', 'Só as necesarias', 'Descartar todas'],
  settings: ['Configuración', 'Xestionar preferencias', 'Personalizar', 'Gardar configuración'],
  dismiss: ['Pechar', 'Entendido'],
  neutral: ['Continuar lendo', 'Buscar'],
  policy: ['Política de privacidade', 'Política de cookies'],
};
