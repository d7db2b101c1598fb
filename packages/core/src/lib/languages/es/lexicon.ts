import type {Lexicon} from '../types.js'

/**
 * Input words in Spanish, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  editorNote: ['nota del editor'],
  skipTo: ['ir al contenido'],
  followUs: ['síguenos', 'siguenos'],
  loadMore: ['cargar más', 'ver más'],
  related: ['lee también', 'lea también', 'te puede interesar'],
  alsoRead: ['lea también', 'lee também', 'te puede interesar'],
  readOn: ['leer más'],
  share: ['compartir'],
  login: ['iniciar sesión'],
  sitePage: ['sobre mí', 'quiénes somos', 'aviso legal', 'contacto'],
  search: ['buscar'],
  subscribersOnly: ['solo para suscriptores'],
  archive: ['archivo'],
  home: ['inicio', 'portada'],
  pager: ['entrada más reciente', 'entradas más recientes', 'entrada antigua', 'entradas antiguas'],
  postComment: ['publicar un comentario'],
  commentsPrompt: ['deja un comentario', 'deja tu comentario'],
  commentWord: ['comentario', 'comentarios'],
  commenterSaid: ['dijo'],
  postLabels: ['etiquetas'],
  adLabel: ['publicidad'],
  rightsReserved: ['todos los derechos reservados'],
  durationUnit: ['minutos'],
  readingTime: ['de lectura'],
  readingTimeLabel: ['tiempo de lectura'],
  published: ['publicado'],
  updated: ['actualizado'],
  languageName: ['español'],
  player: ['escuchar'],
  postedBy: ['publicado por'],
  atTime: ['a las'],
  interviewerLead: ['entrevista de'],
  byLead: ['por'],
  byWord: ['por'],
  bioVerb: ['es', 'son'],
  speakerWord: ['orador', 'hablante']
} as const satisfies Lexicon
