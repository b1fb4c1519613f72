/**
 * Third tuning round: families of hand-written hiring news that the first two rounds did not cover, by pattern and in
 * every language the pattern exists in (merged into KIND_PHRASES like handwritten.ts; same syntax and tiers):
 * - negated next-round wording is a rejection, never an invitation ("we decided not to take you into the next
 *   round", "je niet mee te nemen in de volgende ronde", "Sie nicht in die nächste Runde einladen");
 * - "the choice did not fall on you" ("de keuze valt niet op jou", "die Wahl fiel nicht auf Sie", "notre choix ne
 *   s'est pas porté sur vous"…);
 * - a filled role said with an adverb or by the employer in the first person ("we've now filled the position",
 *   "hebben we de vacature inmiddels ingevuld"), a continuation refused ("we won't be able to continue with your
 *   application"), an interview refused ("unable to offer you an interview on this occasion");
 * - a scheduled interview ("your interview … has been scheduled"), a planned interview moved, an invitation to get
 *   acquainted ("we willen graag kennismaken", "zou je … langs kunnen komen");
 * - an offer that says "join us as" or "we want you on the team" ("queremos que te incorpores"), a proposal sent;
 * - a take-home handed over; a receipt said "submitted successfully" in Italian and Portuguese.
 */
import type { Lang, OutcomeOrConfirmation, Tiers } from './phrases';

type Partial7 = Readonly<Partial<Record<Lang, Tiers>>>;

const NEXT_EN = 'the {next|following|final|second} {round|stage|step|phase}';
const NEXT_DE =
  '{in die|fur die|zur|in der} {nachste|nachsten|weitere|weiteren|zweite|zweiten|finale|finalen|folgende|folgenden} {runde|phase|stufe|auswahlrunde|interviewrunde|gesprachsrunde|auswahlstufe}';
const NEXT_FR =
  '{la prochaine etape|l etape suivante|le prochain tour|le tour suivant|la prochaine phase|la phase suivante|la suite du processus}';
const NEXT_ES = 'la {siguiente|proxima} {fase|etapa|ronda}';
const NEXT_NL = 'de {volgende|tweede|laatste} {ronde|fase|stap|gespreksronde|selectieronde}';
const NEXT_PT = '{proxima|seguinte} {fase|etapa}';
const NEXT_IT = '{prossima|successiva|prossimo|successivo} {fase|step|colloquio|round|turno|tappa}';

export const PEOPLE_PHRASES: Readonly<Partial<Record<OutcomeOrConfirmation, Partial7>>> = {
  rejection: {
    en: {
      strong: [
        `{not|won t|will not|unable to|cannot|can t|not able to|not to} {be |}{inviting|invite|taking|take|moving|move|progressing|progress|advancing|advance|bringing|bring|putting|put} you {forward |through |}{to|into|through to|for} ${NEXT_EN}`,
        `{you|your application|your candidacy} {will not|won t|did not|didn t|has not|hasn t|have not|haven t} {be |been |}{progress|progressed|move|moved|advance|advanced|go|gone|proceed|proceeded|make it|made it} {forward |on |through |}to ${NEXT_EN}`,
        '{we ve|we have|we} {now |already |since |recently |just |}{filled|closed} {the|this|that} {position|role|vacancy|opening|job}',
        '{won t|will not|are not|aren t|re not} {be |}able to {continue|proceed|go forward|move forward|move ahead} with your {application|candidacy|candidature}',
        '{selected|chosen|shortlisted|identified} {other |}{candidates|applicants} whose {qualifications|experience|skills|profiles|backgrounds|profile|background} {more closely|better|more} {match|matches|matched|meet|align|aligned|fit|suit}',
        '{unable|not able|not in a position} to offer you {an|a} {interview|place on the shortlist|place in the next round} {on this occasion|at this time|this time|for this role|for this position|for the role|for the position}',
        '{regret|sorry} ~ {unable|not able|cannot|can t} {to |}offer you {an|a} interview',
      ],
    },
    de: {
      strong: [
        `{nicht|keine} {weiter |mehr |}${NEXT_DE}`,
        '{wahl|entscheidung} {ist|fiel|fallt} {leider |diesmal |}nicht auf {sie|dich}',
        '{fiel|fallt} die {wahl|entscheidung} {leider |diesmal |}nicht auf {sie|dich}',
      ],
    },
    fr: {
      strong: [
        `{pas|pas ete} {retenu|retenue|retenir|poursuivre|passer|convier|inviter|vous convier|vous inviter|vous retenir|te convier|te retenir} {pour|a|au|vers|dans} ${NEXT_FR}`,
        'choix ne s est {malheureusement |}pas porte sur {vous|toi|votre candidature|ta candidature|votre profil|ton profil}',
      ],
    },
    es: {
      strong: [
        `no {avanzar|avanzaras|avanzara|pasar|pasaras|pasara|continuar|continuaras|continuara|invitarte|invitarle|podemos invitarte|podemos invitarle|vamos a invitarte|vamos a invitarle|has pasado|ha pasado|has avanzado|ha avanzado} {a|para|en} ${NEXT_ES}`,
        '{eleccion|decision} no {ha recaido|recayo} {en|sobre} {ti|usted|tu candidatura|su candidatura}',
      ],
    },
    nl: {
      strong: [
        `niet {mee|door|verder} ~ {naar|in|voor} ${NEXT_NL}`,
        `niet {meenemen|uitnodigen|uit te nodigen|doorlaten|meegenomen|uitgenodigd} {naar|in|voor} ${NEXT_NL}`,
        '{keuze|voorkeur} {valt|viel} {helaas |uiteindelijk |}niet op {jou|je|u}',
        'keuze {is |}{helaas |uiteindelijk |}niet op {jou|je|u} gevallen',
        '{valt|viel} de {keuze|voorkeur} {helaas |uiteindelijk |}niet op {jou|je|u}',
        '{hebben|heeft} {we |wij |}de {vacature|functie|positie|rol} {inmiddels |al |helaas |intussen |}{ingevuld|vervuld|vergeven}',
      ],
    },
    pt: {
      strong: [
        `nao {avancar|avancara|avancou|avancaremos|seguir|seguira|seguiremos|passar|passara|passou|continuar|continuara|continuaremos|vamos avancar|iremos avancar|podemos avancar} {com a sua candidatura |com a tua candidatura |com voce |contigo |}{para a|a|para} ${NEXT_PT}`,
        'escolha nao {recaiu|recaio} {sobre|em} {voce|ti|si|a sua candidatura|a tua candidatura}',
      ],
    },
    it: {
      strong: [
        `non {passare|proseguire|procedere|avanzare|ammetterti|ammetterla|invitarti|invitarla|passerai|passera|sei stato ammesso|sei stata ammessa|e stato ammesso|e stata ammessa|possiamo invitarti|possiamo invitarla} {con te |con lei |}{alla|al|per la|per il|nella|nel} ${NEXT_IT}`,
        'scelta non {e ricaduta|ricade|e caduta|e andata} su {di te|di lei|te|lei|la tua candidatura|la sua candidatura}',
      ],
    },
  },
  interview: {
    en: {
      strong: [
        '{interview|interviews|phone screen|video interview|video call|onsite} {has been|have been|is now|is|are now} {scheduled|booked|confirmed|arranged}',
        '{interview|phone screen|video interview} ~ {has been|is now} {scheduled|booked|confirmed|arranged}',
        // the subject line of a hiring system's notice: "Interview scheduled - Credit Analyst"
        '{interview|phone screen|video interview} {scheduled|booked|confirmed}',
        '{be|are} {happy|glad|delighted|pleased} to have you come in for {a|an|the|your} ~ {interview|conversation|chat|round|onsite|meeting}',
      ],
    },
    de: {
      strong: [],
      medium: [
        '{geplantes|geplante|vereinbartes|vereinbarte} {interview|gesprach|telefonat|vorstellungsgesprach|telefoninterview}',
        '{ware|waere|passt} {ihnen |dir |es ihnen |es dir |}{morgen|ubermorgen|montag|dienstag|mittwoch|donnerstag|freitag} ~ {fur sie |fur dich |}{moglich|recht}',
      ],
    },
    nl: {
      strong: [],
      medium: [
        '{willen|wil|zouden|zou} {graag |je graag |jou graag |u graag |}{kennismaken|kennis maken}',
        '{zou|kun|kan} {je|u} ~ langs {kunnen |}komen',
      ],
    },
  },
  offer: {
    en: {
      strong: [],
      medium: ['{would|d} {like|love} {you to join|to have you join} ~ as {a|an|our}'],
    },
    es: {
      strong: [],
      medium: ['queremos que {te incorpores|se incorpore|formes parte|entres}'],
    },
    pt: {
      strong: [
        '{enviar|envio|enviamos|segue} {em anexo |}{a |}nossa proposta {para a posicao|para a vaga|para a funcao|de contratacao|de emprego|de trabalho}',
      ],
    },
  },
  assessment: {
    en: {
      strong: ['{attached is|here is|here s|i ve attached|please find} the {take home|takehome|coding exercise|coding challenge}'],
    },
  },
  confirmation: {
    it: {
      strong: [
        'confermiamo che la {tua|sua} candidatura',
        'conferma {ricezione|di ricezione|invio|di invio} {candidatura|della candidatura}',
        'candidatura {inviata|ricevuta|registrata} {correttamente|con successo}',
      ],
      medium: ['stata {correttamente|regolarmente} {inviata|ricevuta|registrata|inoltrata}'],
    },
    pt: {
      strong: ['candidatura {foi |}{realizada|enviada|recebida|registrada|registada} com sucesso'],
      medium: ['{foi|foram} {realizada|enviada|recebida|registrada|registada} com sucesso'],
    },
  },
};

/**
 * A first-person "we went another way / with someone else", bare: a rejection only as a short reply (a few sentences
 * of its own) under quoted history about the user's application ("Any news on the ops role?" → "Hi — we went
 * another way. Best, Sam"). Anywhere else it could be about a vendor, a venue or a design.
 */
export const THREAD_REPLY_REJECTIONS: readonly string[] = [
  'we {went|ve gone|have gone|decided to go|ended up going|re going|are going} {another|a different|the other} {way|direction|route}',
  'we {went|ve gone|have gone|re going|are going|decided to go|ended up going} with {someone|somebody} else',
  'we {ve|have} {filled|found someone for} {it|the role|the position|the spot}',
  'wir haben {jemand|jemanden} {anderen|anderes} {genommen|gefunden}',
  'wir {sind|gehen} {einen anderen weg|in eine andere richtung}',
  '{on est|nous sommes} {parti|partis} sur {quelqu un d autre|un autre profil|autre chose}',
  'nos {fuimos|hemos ido|decantamos|hemos decantado} por {otro lado|otra persona|otro perfil|otro camino|otra opcion}',
  'we {zijn|gaan} een andere {kant|richting} op',
  'we hebben iemand anders {gekozen|aangenomen|gevonden|genomen}',
  '{fomos|vamos} por outro caminho',
  '{escolhemos|contratamos} outra pessoa',
  'abbiamo {scelto|preso} {qualcun altro|un altra persona|un altro profilo}',
];
