import type {Lexicon} from '../types.js'

/**
 * Input words in Portuguese, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedBy: ['postado por', 'publicado por', 'postada por'],
  noComments: ['nenhum comentário', 'sem comentários', 'seja o primeiro a comentar'],
  commentForm: [
    'o seu endereço de email não será publicado',
    'o seu endereço de e-mail não será publicado',
    'seu endereço de e-mail não será publicado',
    'seu endereço de email não será publicado',
    'campos obrigatórios são marcados',
    'guardar o meu nome, email e site',
    'salvar meus dados neste navegador',
    'deixe um comentário',
    'deixe uma resposta',
    'cancelar resposta',
    'publicar comentário'
  ],
  nextPage: ['próxima página', 'página seguinte'],
  readOn: ['continue lendo', 'continuar lendo', 'leia mais', 'ler mais', 'leia a íntegra', 'leia a matéria completa'],
  login: ['iniciar sessão', 'cadastre-se', 'fazer login'],
  skipTo: ['pular para o conteúdo', 'ir para o conteúdo', 'saltar para o conteúdo', 'ir para o conteúdo principal'],
  alsoRead: ['leia também', 'leia mais', 'veja também'],
  commenterSaid: ['disse'],
  atTime: ['às'],
  mastheadWord: ['gazeta', 'rádio', 'folha', 'jornal', 'revista', 'portal', 'televisão'],
  questionLetter: ['p'],
  answerLetter: ['r'],
  questionPrefix: ['pergunta', 'p'],
  answerPrefix: ['resposta', 'r'],
  closingThanks: ['obrigado', 'obrigada'],
  outletLead: ['em entrevista ao', 'em entrevista à'],
  sourceLabel: ['fonte'],
  pressConference: ['entrevista coletiva', 'coletiva de imprensa'],
  roleLabel: ['jornalista', 'repórter'],
  intervieweeLead: ['perguntas para', 'entrevista com', 'entrevista a'],
  askingRole: ['jornalista', 'entrevistador', 'entrevistadora', 'apresentador', 'apresentadora'],
  interviewCue: ['entrevista'],
  greeting: ['bom dia', 'boa tarde', 'boa noite', 'olá'],
  answeringRole: ['entrevistado', 'entrevistada', 'convidado', 'convidada', 'porta-voz'],
  readMore: ['leia mais', 'continue lendo', 'saiba mais'],
  related: ['notícias relacionadas'],
  share: ['compartilhar', 'partilhar'],
  published: ['publicado'],
  updated: ['atualizado'],
  writerLabel: ['autor', 'autora']
} as const satisfies Lexicon
