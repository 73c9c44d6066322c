/**
 * The Spanish text catalog's first part: the start screen and the questions (the results are in `es-result.ts`).
 * Loaded only for those who read Spanish. Neutral Spanish, addressing the reader as «tú»; the same keys and
 * placeholders as `en.ts` (tests/i18n/catalogs.test.ts checks both).
 */
import type { CoreCatalog } from './en';

export const es: CoreCatalog = {
  'app.title': 'Planificador de masajes de espalda',
  'app.heading': '¿Cada cuánto conviene un masaje de espalda?',
  'app.intro': 'Responde unas preguntas y verás cada cuánto reservar, y por qué. Se tarda más o menos un minuto.',
  'app.privacy': 'Tus respuestas se quedan en este dispositivo.',

  'app.siteName': 'Planificador de masajes de espalda',
  'app.startButton': 'Empezar',
  'app.footer':
    'Orientación general para personas adultas, no un consejo médico. Tus respuestas se guardan solo en este dispositivo.',
  'app.yourData': 'Tus datos: exportar, importar o borrar',
  'app.privacyLink': 'Privacidad',
  'app.skipToContent': 'Saltar al contenido principal',
  'language.label': 'Idioma',
  'language.loadFailed': 'No se pudo cargar {language}. Comprueba tu conexión y vuelve a intentarlo.',

  'nav.back': 'Atrás',
  'nav.continue': 'Continuar',
  'nav.progress': 'Pregunta {number} de {total}',
  'nav.errorSummaryTitle': 'Hay un problema',
  'nav.errorPrefix': 'Error:',
  'nav.titleWithError': 'Error: {title}',
  'nav.pageTitle': '{title} – Planificador de masajes de espalda',

  'question.goal.legend': '¿Cuál es tu objetivo principal?',
  'question.goal.hint': 'Elige el que mejor encaje. El planificador lo usa para buscar tu fila en la guía.',
  'question.goal.short': 'Objetivo principal',
  'question.goal.error': 'Elige tu objetivo principal',
  'option.goal.relaxation': 'Relajarme y aliviar el estrés',
  'option.goal.chronic-pain': 'Dolor de espalda continuo o contracturas',
  'option.goal.chronic-pain.hint': 'Dolor que dura semanas o que vuelve una y otra vez.',
  'option.goal.athletes': 'Recuperarme del deporte, el entrenamiento o el trabajo físico',
  'option.goal.condition': 'Una lesión, o una afección como ciática, hernia de disco o fibromialgia',
  'option.goal.posture': 'Rigidez por la postura o por muchas horas en una silla',
  'option.goal.posture.hint': 'Por ejemplo, por pasar muchas horas ante un escritorio.',

  'question.lifestyle.legend': '¿Qué describe mejor tus días?',
  'question.lifestyle.short': 'Tus días',
  'question.lifestyle.error': 'Elige lo que mejor describe tus días',
  'option.lifestyle.mostly-sitting': 'Paso la mayor parte del día en una silla',
  'option.lifestyle.mostly-sitting.hint': 'Trabajo de oficina, conducir o muchas horas ante una pantalla.',
  'option.lifestyle.mixed': 'Variados o con actividad moderada',
  'option.lifestyle.hard-training': 'Entreno o hago deporte 3 o más veces por semana',
  'option.lifestyle.physical-job': 'Tengo un trabajo físicamente exigente',

  'question.afterLastMassage.legend': '¿Cómo te sentiste después de tu último masaje?',
  'question.afterLastMassage.short': 'Después de tu último masaje',
  'question.afterLastMassage.error': 'Elige cómo te sentiste después de tu último masaje',
  'question.afterLastMassage.reported': 'Tu último registro dice: {felt}. Cámbialo si ahora notas tu espalda distinta.',
  'option.afterLastMassage.none-recently': 'No me he dado ningún masaje en los últimos 3 meses',
  'option.afterLastMassage.fine': 'Bien',
  'option.afterLastMassage.mild': 'Con algo de molestia, que pasó en un día',
  'option.afterLastMassage.lasting': 'Con molestias durante más de un día',
  'option.afterLastMassage.bruising': 'Con moratones, o con más síntomas que antes',

  'question.signs.legend': '¿Tienes ahora alguna de estas señales?',
  'question.signs.hint':
    'Necesitan atención urgente, antes de cualquier masaje. Marca las que tengas; tus respuestas se quedan en este dispositivo.',
  'question.signs.short': 'Señales que necesitan atención ya',
  'question.signs.error': 'Marca las que tengas, o «Ninguna de estas»',
  'question.signs.noneDivider': 'o',
  'option.signs.none': 'Ninguna de estas',

  'question.safety.legend': '¿Te ocurre alguna de estas cosas?',
  'question.safety.hint': 'Responde sí o no en cada grupo. Así tu plan es seguro.',
  'question.safety.short': 'Comprobaciones de salud',
  'question.safety.error': 'Responde sí o no en cada grupo',
  'question.safety.groupError': 'Responde sí o no en «{group}»',
  'question.safety.whichError': 'Marca cuáles de «{group}» te ocurren, o responde no',
  'question.safety.yes': 'Sí',
  'question.safety.no': 'No',
  'question.safety.which': '¿Cuáles te ocurren?',
  'question.safety.group.recent': 'Ahora o hace poco',
  'question.safety.group.conditions': 'Problemas de salud',
  'question.safety.group.medicines': 'Medicamentos, tratamientos y embarazo',
  'question.safety.group.pain': 'Sobre tu dolor de espalda',

  'question.improving.legend': '¿Está mejorando tu dolor de espalda?',
  'question.improving.hint': 'Comparado con hace unas semanas.',
  'question.improving.short': 'El dolor mejora',
  'question.improving.error': 'Elige si tu dolor está mejorando',
  'option.improving.yes': 'Sí, está mejorando',
  'option.improving.no': 'No, todavía no',

  'question.cleared.legend': '¿Te ha dado un médico el visto bueno para recibir masajes?',
  'question.cleared.hint': 'Por lo que marcaste, un médico debe decir que ahora el masaje es seguro para ti.',
  'question.cleared.short': 'Visto bueno del médico',
  'question.cleared.error': 'Elige si un médico te ha dado el visto bueno para recibir masajes',
  'option.cleared.yes': 'Sí, un médico me ha dado el visto bueno',
  'option.cleared.no': 'No, todavía no',

  'question.usualPressure.legend': '¿Te dijo tu médico que la presión habitual está bien?',
  'question.usualPressure.hint': 'Si no te lo dijeron, elige «No»: tu plan mantiene una presión más suave.',
  'question.usualPressure.short': 'Presión habitual permitida',
  'question.usualPressure.error': 'Elige si te dijeron que la presión habitual está bien',
  'option.usualPressure.yes': 'Sí, la presión habitual está bien',
  'option.usualPressure.no': 'No, o no me lo dijeron',

  'question.clinicianAdvice.legend': '¿Cada cuánto te dijo tu médico o fisioterapeuta que te dieras un masaje?',
  'question.clinicianAdvice.hint':
    'Con una lesión o una afección, la frecuencia la deciden ellos. Si todavía no lo has preguntado, no pasa nada.',
  'question.clinicianAdvice.short': 'Lo que te aconsejaron',
  'question.clinicianAdvice.error': 'Elige lo que te aconsejaron, o «Todavía no lo he preguntado»',
  'question.clinicianAdvice.weeksError': 'Elige cada cuántas semanas',
  'question.clinicianAdvice.weeksLabel': '¿Cada cuántas semanas?',
  'question.clinicianAdvice.weeksPlaceholder': 'Elige',
  'question.clinicianAdvice.weeksOption': 'Cada {weeks} semanas',
  'option.clinicianAdvice.not-yet': 'Todavía no lo he preguntado',
  'option.clinicianAdvice.times-1': 'Una vez por semana',
  'option.clinicianAdvice.times-2': 'Dos veces por semana',
  'option.clinicianAdvice.times-3': '3 veces por semana',
  'option.clinicianAdvice.every-weeks': 'Una vez cada varias semanas',

  'review.title': 'Revisa tus respuestas',
  'review.changed': 'Ha cambiado desde la última vez: {questions}.',
  'review.unchanged': 'Nada ha cambiado desde la última vez que respondiste.',
  'review.change': 'Cambiar',
  'review.changeHidden': '{question}',
  'review.submit': 'Ver mi recomendación',
  'review.noneOfThese': 'Ninguna de estas',
  'review.notAnswered': 'Sin responder',
  'review.offline':
    'El planificador no pudo cargar lo que necesita para calcular tu recomendación: puede que estés sin conexión. Tus respuestas se guardan. Vuelve a conectarte y pulsa el botón otra vez.',

  'error.title': 'Algo ha fallado',
  'error.text':
    'El planificador se encontró con un problema inesperado. Tus respuestas siguen guardadas en este dispositivo.',
  'error.reload': 'Volver a cargar el planificador',
  'error.offlineTitle': 'Estás sin conexión',
  'error.offlineText':
    'Esta pantalla no se pudo cargar sin conexión. Tus respuestas se guardan en este dispositivo: vuelve a conectarte y recarga.',

  'interval.twiceAWeek': 'dos veces por semana',
  'interval.timesAWeek': '{times} veces por semana',
  'interval.everyWeek': 'cada semana',
  'interval.everyWeeks': 'cada {weeks} semanas',

  'safety.bladder-bowel-numbness':
    'Pérdida reciente del control de la vejiga o del intestino, o adormecimiento en la ingle o en la cara interna de los muslos',
  'safety.leg-weakness-worsening': 'Debilidad en una pierna que va a peor',
  'safety.back-pain-with-fever': 'Dolor de espalda nuevo o que empeora, junto con fiebre',
  'safety.swollen-leg': 'Una pierna hinchada, con dolor, calor o enrojecimiento en la pantorrilla',
  'safety.fever-or-illness': 'Fiebre o una enfermedad en este momento, sin dolor de espalda nuevo',
  'safety.recent-fracture-or-surgery': 'Una fractura, una lesión grave o una operación en los últimos 3 meses',
  'safety.wounds-or-burns': 'Heridas o quemaduras abiertas o sin curar del todo en la zona del masaje',
  'safety.severe-osteoporosis': 'Osteoporosis grave (huesos frágiles)',
  'safety.bleeding-disorder': 'Un trastorno de la coagulación',
  'safety.blood-thinners': 'Tomo anticoagulantes',
  'safety.cancer-treatment': 'Tratamiento contra el cáncer ahora o en el último año',
  'safety.pregnancy': 'Embarazo',
  'safety.sciatica': 'Ciática (dolor que baja de la espalda por una pierna)',
  'safety.herniated-disc': 'Una hernia de disco',
  'safety.fibromyalgia': 'Fibromialgia',
  'safety.cancer-history-or-weight-loss':
    'Dolor de espalda con antecedentes de cáncer, o una pérdida de peso sin explicación',
  'safety.night-pain': 'Dolor de espalda que te despierta por la noche',
};
