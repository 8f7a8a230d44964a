export default {
  lang: 'es',
  banners: [
    'Utilizamos cookies propias y de terceros para analizar nuestros servicios y mostrarte publicidad relacionada con tus preferencias. Puedes aceptar todas las cookies pulsando el botón «Aceptar» o configurarlas.',
    'Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo, como cookies, y procesamos datos personales, como identificadores únicos, con fines de anuncios personalizados.',
    'Al hacer clic en «Aceptar», das tu consentimiento para el uso de tecnologías de seguimiento según el RGPD.',
  ],
  notBanners: [
    'Inicia sesión para continuar. Introduce tu correo electrónico y tu contraseña.',
    'Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes.',
    'Última hora: el Gobierno aprueba los presupuestos en el Consejo de Ministros',
    'Descarga la app y recibe notificaciones de las noticias en directo.',
  ],
  accept: ['Aceptar todo', 'Aceptar y cerrar', 'Acepto', 'Permitir todas', 'Estoy de acuerdo'],
  dismiss: ['Entendido'],
  reject: ['Rechazar todo', 'Rechazar', 'Continuar sin aceptar', 'Solo necesarias', 'No acepto'],
  settings: [
    'Configurar',
    'Configuración de cookies',
    'Personalizar',
    'Más opciones',
    'Gestionar opciones',
    'Permitir la selección',
  ],
  neutral: ['Leer más', 'Suscribirse', 'Iniciar sesión', 'Reproducir vídeo', 'Siguiente'],
  policy: ['Política de privacidad', 'Política de cookies', 'Más información'],
};
