/**
 * What hiring emails say, by kind and language (en, de, fr, es, nl, pt, it): data, not code.
 *
 * Every phrase is compared after `fold` (case, accents, "ß", apostrophes and punctuation folded to single spaces),
 * as whole words. `{a|b|}` lists alternatives (an empty one means "nothing"), expanded when the lists are built.
 *
 * Tiers: `strong` decides a kind by itself; `medium` needs one more sentence of support; `weak` only supports.
 * A kind needs a score of 2 (strong = 2, medium = 1, weak = 0.5; each sentence counts once, at its best phrase).
 * Precision first: a phrase that also turns up in confirmations, reschedulings or job alerts is never `strong`.
 */
import type { MailKind } from './types';

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'pt' | 'it';
export type OutcomeOrConfirmation = Exclude<MailKind, 'none'>;

export interface Tiers {
  strong: readonly string[];
  medium?: readonly string[];
  weak?: readonly string[];
}

export const KIND_PHRASES: Readonly<Record<OutcomeOrConfirmation, Readonly<Record<Lang, Tiers>>>> = {
  rejection: {
    en: {
      strong: [
        '{decided|chosen|elected|opted} to {move|go|proceed|progress|continue} {forward |ahead |}with {other|another|a different|different|the other|a more suitable|more suitable} {candidate|candidates|applicant|applicants|individual|individuals|people|person}',
        '{decided|chosen|elected|opted} to {pursue|go with|hire|continue with|progress with|proceed with|move ahead with|focus on} {other|another|a different|different|the other|a more suitable|more suitable} {candidate|candidates|applicant|applicants|individual|individuals|profiles|people|person}',
        '{decided|chosen|elected|opted} not to {move|go|proceed|progress|continue|pursue|advance}',
        '{move|moving|go|going|proceed|proceeding} forward with {candidates|applicants|other candidates|another candidate} {whose|who}',
        '{will|won t|wont|will not|are not|aren t|re not|not} {be |}{moving|going|proceeding|progressing|moving ahead|taking} {forward |}with your {application|candidacy|candidature}',
        '{not|unable} to {move|go|proceed|progress|continue} {forward |ahead |further |}with your {application|candidacy|candidature}',
        '{not|unable to|cannot|can t} {progress|advance|take forward|take further} your {application|candidacy|candidature}',
        '{not|unable to|cannot|can t} consider your {application|candidacy|candidature} {further|any further|at this time|for this|for the}',
        '{will not|won t|will no longer|are not able to|are unable to|cannot|can t} {be able to |}{move|proceed|progress} {forward|further} {with your|in the process|at this time}',
        '{not|unable} to {take|move} your application {further|forward|any further}',
        'not {be |}progressing {with |}your application',
        '{not be|unable to be|not in a position to be} able to offer you',
        '{unable|not able|not in a position} to offer you {the|this|a|an} {position|role|job|opportunity|employment}',
        'regret to {inform|advise|tell|let} you',
        '{sorry|sad|disappointed} to {inform|advise|tell} you that',
        'sorry to let you know that',
        '{have|has|were|was|had} not been successful',
        '{were|was|are|is} not successful',
        '{have|has|were|was|had|is|are} been unsuccessful',
        'your application was unsuccessful',
        '{have|has|were|was} not been {selected|shortlisted|chosen} {for|to}',
        '{you|your application|your candidacy|your profile} {were|was|has|have} not {been |}{selected|shortlisted|chosen}',
        '{no longer|not} {under consideration|being considered|be considered further|be considering your}',
        'no longer considering your {application|candidacy}',
        '{decided|chosen} to go {in |}{a different|another} direction',
        '{the|this} {position|role|vacancy|opening|job} has {now |already |}been filled',
        '{we|we ve|we have} {filled|closed} {the|this} {position|role|vacancy}',
        '{offered|offer|extended an offer for} the {position|role|job} to {another|a different} {candidate|applicant|person}',
        '{decided|chosen} to {hire|offer the position to|offer the role to} {another|a different|someone}',
        'other {candidates|applicants} whose {qualifications|experience|skills|profiles|backgrounds|skill sets|profile|background} {more closely|better|more} {match|matches|matched|meet|align|aligned|fit|suit}',
        '{more closely|better} {match|matches|align|aligns|aligned|fit|fits} {with |}{our|the} {current |}{needs|requirements|requirement} {for|of} {the|this}',
        'not {be |}{moving|going} {forward|ahead} with your',
        'not {be |}{inviting|invite} you {to|for} {an|the|a} {interview|next round|next stage}',
        'decided not to invite you',
        'decline your application',
        'your application {has been|was} {declined|rejected}',
        'we will not be offering you',
        '{moving|move|going|go|proceeding|proceed} {forward |ahead |}with {other|another|a different|different|more suitable|a more suitable} {candidate|candidates|applicant|applicants}',
        '{move|moving|go|going|proceed|proceeding} forward with {a|one|the} {candidate|applicant} {whose|who|that}',
        '{selected|chosen|hired|identified|found|appointed} {another|a different|a more suitable|other} {candidate|candidates|applicant|applicants|person|individual}',
        '{identified|found|selected} {a|another} {candidate|applicant} {whose|who|that} {more closely|better|more}',
        '{decided|chosen} to go with {someone|somebody}',
        '{will not|won t|not} be {pursuing|considering|progressing|advancing} your {application|candidacy|candidature}',
        'won t be able to offer you',
        '{doesn t|does not|did not|didn t|don t|do not} {quite |}{match|fit|meet|align with} {what we are looking for|what we re looking for|our requirements|the requirements|our needs|our current needs}',
        'taking your {application|candidacy} {forward|further}',
        'not {be |}moving your {application|candidacy} {forward|further}',
        '{went|gone|go|going} with {another|a different|other} {candidate|applicant|person|candidates|applicants}',
        '{hire|hired|hiring|offer the role to|offered the role to|offered the position to} someone else',
        'no longer {considering|consider} you',
        'status {not selected|unsuccessful|declined|rejected}',
        '{won t|will not|not} be {moving|going} {forward|ahead} {at this time|at this stage|with you|in the process|in this process|for this role|for this position}',
      ],
      medium: [
        'not {be |}{moving|going} forward',
        'not the right fit',
        'unable to move forward',
        'will not be proceeding',
        'won t be proceeding',
        'highly competitive',
        'very competitive',
        'difficult decision',
        'tough decision',
        'not {to |}{proceed|move forward} at this time',
      ],
      weak: [
        'unfortunately',
        'keep your {resume|cv|details|profile|information|application} on file',
        'stay in touch',
        'wish you {the best|every success|all the best|success|the very best|luck|good luck} {in|with} your',
        'best of luck {in|with} your',
        'encourage you to {apply|keep an eye|check}',
        'future {openings|opportunities|positions|roles|vacancies}',
      ],
    },
    de: {
      strong: [
        'leider {nicht |}{berucksichtigen|berucksichtigt werden|berucksichtigt}',
        'nicht {weiter |mehr |}{berucksichtigen|berucksichtigt werden|in betracht ziehen}',
        'nicht in die engere auswahl',
        'fur {einen anderen|eine andere|andere} {bewerber|bewerberin|bewerbende|bewerbenden|kandidaten|kandidatin|kandidatinnen|bewerberinnen|kandidat innen|bewerber innen|kandidat in|bewerber in|personen|person|profile|bewerbungen} {entschieden|deren|die|mit}',
        '{anderen|einem anderen} {bewerbern|bewerber|kandidaten|kandidatinnen} den vorzug',
        'nicht fur sie entschieden',
        'nicht zu ihren gunsten',
        'nicht zu deinen gunsten',
        '{stelle|position|vakanz} {ist|wurde|wurde bereits|ist bereits|ist inzwischen|wurde inzwischen|wurde mittlerweile} {anderweitig |bereits |}{besetzt|vergeben}',
        'anderweitig {besetzt|vergeben}',
        'bewerbung {leider |}nicht {weiter |}{berucksichtigen|weiterverfolgen|weiter verfolgen|erfolgreich}',
        '{leider|bedauerlicherweise} {eine |keine |}{absage|absagen|positive ruckmeldung|positive nachricht|zusage|positive entscheidung}',
        'ihnen {leider |}{absagen|eine absage}',
        'dir {leider |}{absagen|eine absage}',
        'absage {auf|zu} {ihre|ihrer|deine|deiner} bewerbung',
        '{bedauern|bedauerlicherweise} {ihnen|dir} mitteilen',
        '{mussen|muss} {wir |ich |}{ihnen|dir|euch} leider mitteilen dass {wir|ihre|deine|sie|du|die}',
        'nicht {weiter |}im bewerbungsprozess',
        'nicht {in die nachste runde|weiter in den prozess}',
        'keine {weiteren schritte|weitere berucksichtigung}',
        'leider nicht {weiter |}{berucksichtigen|weiterverfolgen|weiter verfolgen|fortsetzen|anbieten|einladen|in betracht}',
        'mit anderen {bewerbern|kandidaten|kandidatinnen|bewerbenden} {fortfahren|weitermachen|weiter}',
        'keine positive {ruckmeldung|nachricht|antwort|entscheidung}',
        '{ihnen|dir} {leider |}keine {stelle|position|zusage} {anbieten|geben|machen}',
        'mit {einem anderen|einer anderen|anderen} {bewerber|bewerberin|kandidaten|kandidatin|person|personen} zu besetzen',
        'gegen {ihre|deine} {bewerbung|kandidatur} entschieden',
      ],
      medium: ['leider mitteilen', 'leider nicht', 'leider keine', 'gegen ihre bewerbung', 'gegen deine bewerbung', 'absage'],
      weak: [
        'leider',
        'bedauerlicherweise',
        'talentpool',
        '{alles gute|viel erfolg} {fur|bei} {ihre|ihren|deine|deinen|ihrer|deiner}',
        'ihre unterlagen {werden|haben wir}',
        'zukunftige {stellen|positionen|ausschreibungen}',
      ],
    },
    fr: {
      strong: [
        'au regret de vous {informer|annoncer|faire part|dire}',
        'regrettons de vous {informer|annoncer|faire part|dire}',
        'ne {pas |}pouvons pas donner {une |}suite',
        '{ne pas|pas pu|ne pouvons pas|ne pourrons pas|pas pouvoir|n avons pas pu} donner {une |}suite {favorable |positive |}a votre candidature',
        'pas donner {une |}suite favorable',
        '{n avons pas|n a pas|ne pas|pas} {pu |}{retenu|retenir|ete retenue|ete retenu|ete selectionnee|ete selectionne} votre {candidature|profil|dossier}',
        'votre {candidature|profil|dossier} n a pas {ete |}{retenu|retenue|selectionne|selectionnee|abouti}',
        '{n a|n avez} pas ete {retenue|retenu|selectionne|selectionnee}',
        '{poursuivre|continuer|avancer} {le processus |}avec {d autres|un autre|une autre} {candidats|candidat|candidate|candidates|profils|profil}',
        'un {autre |}{profil|candidat|candidate} {plus|correspondant davantage|qui correspond davantage|plus proche|plus en adequation}',
        'd autres {profils|candidatures|candidats} {plus|correspondant davantage|qui correspondent davantage|plus proches|plus en adequation}',
        '{choisi|retenu|opte pour} {un autre|une autre|d autres} {candidat|candidate|candidats|profil|profils|candidature}',
        'poste {a ete|est deja|est desormais|a deja ete} pourvu',
        'reponse {negative|defavorable}',
        'ne correspond pas {a nos attentes|aux besoins|a nos besoins} {actuels |}{pour ce poste|du poste}',
        'ne pas {poursuivre|donner suite}',
        '{le|au} regret de {vous|te} {informer|annoncer|faire part|dire|faire savoir}',
        'pas en mesure de {donner|retenir|poursuivre}',
        '{ne pourrons pas|ne pouvons pas|n avons pas pu|ne pas pouvoir|ne pourrons malheureusement pas|ne pouvons malheureusement pas} {donner|retenir|poursuivre}',
        '{profil|candidature} ne correspond {pas|malheureusement pas}',
      ],
      medium: ['malheureusement pas', 'ne sera pas retenue', 'ne sera pas retenu', 'pas ete retenu', 'pas ete retenue'],
      weak: [
        'malheureusement',
        'conserverons votre {cv|candidature|profil|dossier}',
        'vivier',
        'bonne continuation',
        '{succes|reussite|bonne chance} dans vos {recherches|demarches|projets}',
        'futures {opportunites|offres}',
      ],
    },
    es: {
      strong: [
        '{lamentamos|sentimos|lamento|siento} {informarte|informarle|comunicarte|comunicarle|decirte|decirle}',
        'no {has|ha|hemos} {sido |}{seleccionado|seleccionada|resultado seleccionado|resultado seleccionada|resultado elegido|resultado elegida}',
        '{no continuar|no seguir adelante|no avanzar|no seguir} con tu {candidatura|solicitud|postulacion|proceso}',
        '{no continuar|no seguir adelante|no avanzar|no seguir} con su {candidatura|solicitud|postulacion|proceso}',
        '{continuar|seguir|avanzar|seguir adelante} con {otros|otro|otra|otras} {candidatos|candidato|candidata|candidatas|perfiles|perfil|postulantes}',
        '{optado|decidido optar|elegido} por {otros|otro|otra|otras} {candidatos|candidato|candidata|candidatas|perfiles|perfil}',
        '{seleccionado|elegido} a otro {candidato|perfil|postulante}',
        '{perfiles|candidatos} {que se ajustan|cuyo perfil se ajusta|que encajan} {mejor|mas}',
        '{puesto|posicion|vacante|plaza} {ya |}{ha sido|fue|se ha} {cubierto|cubierta|ocupado|ocupada}',
        'no {podemos|podremos} {ofrecerte|ofrecerle} {el|la|este|esta} {puesto|posicion|vacante|empleo}',
        '{hemos decidido|decidimos} no {continuar|avanzar|seguir}',
        '{tu|su} {candidatura|solicitud|postulacion} no {ha sido|fue|ha resultado|ha podido} {seleccionada|exitosa|aceptada|avanzar}',
        'no continuaras en el proceso',
        'no {vamos a|podemos} {continuar|avanzar|seguir} con tu',
        'no {podremos|seguiremos|continuaremos|avanzaremos} {avanzar |continuar |seguir |}{adelante |}con {tu|su} {candidatura|solicitud|postulacion|proceso}',
        '{perfil|candidatura} no {encaja|se ajusta|coincide|cumple}',
      ],
      medium: ['lamentablemente no', 'desafortunadamente no', 'otros candidatos', 'otro candidato'],
      weak: [
        'lamentablemente',
        'desafortunadamente',
        'conservaremos tu {cv|candidatura|perfil}',
        '{exito|suerte} en tu {busqueda|carrera|futuro}',
        'futuras {oportunidades|vacantes|ofertas}',
      ],
    },
    nl: {
      strong: [
        'helaas {moeten|moet} {we|wij|ik} {je|u|jou} {laten weten|mededelen|meedelen|berichten|informeren}',
        '{moeten|moet} {we|wij|ik} {je|u|jou} helaas {laten weten|mededelen|meedelen|berichten|teleurstellen|afwijzen}',
        'helaas teleurstellen',
        '{niet|geen} verder {gaan |te gaan |}met {je|jouw|uw} {sollicitatie|kandidatuur}',
        'niet {verder |door |}{in de procedure|naar de volgende ronde|door naar de volgende fase|mee in de procedure}',
        '{gekozen|besloten te kiezen|kozen} voor {een andere|andere} {kandidaat|kandidaten|sollicitant|sollicitanten}',
        '{met|voor} {een andere|andere} {kandidaat|kandidaten|sollicitant|sollicitanten} verder',
        'verder {te gaan |gaan |}met {een andere|andere} {kandidaat|kandidaten|sollicitant|sollicitanten}',
        '{besloten|gekozen} {om |}{je|jouw|uw} {sollicitatie|kandidatuur} niet',
        '{je|jouw|uw} {sollicitatie|kandidatuur} {niet verder|helaas niet|is afgewezen|wordt afgewezen|is niet}',
        'niet {uit te nodigen|uitnodigen} voor een {gesprek|sollicitatiegesprek|eerste gesprek}',
        '{vacature|functie|positie} is {inmiddels |al |}{vervuld|ingevuld|vergeven}',
        'niet {geselecteerd|gekozen|door}',
        'valt helaas af',
        'helaas {afgewezen|af}',
        '{kandidaat|kandidaten|sollicitant} {gekozen |}die beter {aansluit|aansluiten|past|passen}',
        'onvoldoende aan{ bij|}',
      ],
      medium: ['helaas niet', 'helaas geen', 'andere kandidaat', 'andere kandidaten', 'afwijzing'],
      weak: [
        'helaas',
        '{succes|veel succes} {met|bij} {je|jouw|uw} {zoektocht|verdere|zoektocht naar}',
        'in ons bestand',
        'talentpool',
        'toekomstige vacatures',
      ],
    },
    pt: {
      strong: [
        '{lamentamos|lamento} {informar|informa lo|informa la|comunicar|dizer}',
        '{nao|infelizmente nao} {foi|fostes|foste} {selecionado|selecionada|seleccionado|seleccionada|aprovado|aprovada|escolhido|escolhida}',
        'voce nao foi {selecionado|selecionada|aprovado|aprovada|escolhido|escolhida}',
        '{nao|infelizmente nao} {vamos|iremos|poderemos|podemos} {avancar|seguir|prosseguir|continuar|dar continuidade} com {a sua|sua|o seu|seu|a tua} {candidatura|aplicacao|processo|perfil}',
        '{nao|sem} {dar|daremos|dara} continuidade {a|ao} {sua|seu|tua|teu} {candidatura|processo|aplicacao}',
        '{seguir|prosseguir|avancar|continuar} com {outros|outro|outra|outras} {candidatos|candidato|candidata|candidatas|perfis|perfil}',
        '{optamos|decidimos|escolhemos} {seguir |avancar |prosseguir |}{com|por} {outros|outro|outra|outras} {candidatos|candidato|candidata|candidatas|perfis|perfil}',
        '{perfil|perfis} mais {aderente|aderentes|alinhado|alinhados|adequado|adequados}',
        '{vaga|posicao|funcao} {ja |}{foi|ja foi|esta} preenchida',
        '{sua|a sua|tua|a tua} candidatura nao {foi|sera|avancou|seguira}',
        'nao foi possivel {avancar|seguir|prosseguir|dar continuidade}',
        'nao seguiremos',
        '{nao|infelizmente nao} {poderemos|podemos|vamos|iremos} dar continuidade',
        '{decidimos|optamos por|resolvemos} nao {seguir|avancar|prosseguir|continuar|dar continuidade}',
        '{seguiremos|avancaremos|prosseguiremos|continuaremos} com {outros|outro|outra|outras} {candidatos|candidato|candidata|candidatas|perfis|perfil}',
      ],
      medium: ['infelizmente nao', 'outros candidatos', 'outro candidato'],
      weak: [
        'infelizmente',
        'banco de talentos',
        '{sucesso|boa sorte} {na sua|na tua|em sua|nos seus|nos teus}',
        'futuras oportunidades',
        'futuros processos',
      ],
    },
    it: {
      strong: [
        '{siamo spiacenti|ci dispiace|siamo dispiaciuti|con rammarico} {di |}{comunicarti|comunicarle|informarti|informarla|doverti comunicare|doverle comunicare}',
        'non {e|sei|siete} {stato|stata|stati|state} {selezionato|selezionata|selezionati|scelto|scelta}',
        '{proseguire|procedere|continuare|andare avanti} {il processo |l iter |}con {altri|altre|un altro|un altra} {candidati|candidate|candidato|candidata|profili|profilo}',
        '{scelto|optato per|selezionato|individuato} {altri|un altro|un altra|altre} {candidati|candidato|candidata|candidate|profili|profilo}',
        '{profili|profilo|candidati|candidature} {piu in linea|piu adatti|piu adatto|piu aderenti|piu aderente|maggiormente in linea}',
        'non {proseguire|procedere|potra proseguire|possiamo proseguire|potremo proseguire|proseguiremo|procederemo} con la {tua|sua} candidatura',
        '{posizione|ruolo|posto} {e stata|e stato|e gia stata|e gia stato} {coperta|coperto|assegnata|assegnato|chiusa}',
        'esito negativo',
        'non {e andata|e andato|ha avuto} {a buon fine|esito positivo}',
        '{tua|sua} candidatura non {e stata|e stato|potra|verra}',
        'non {possiamo|potremo|potremmo} {offrirti|offrirle} {la|il|questa|questo} {posizione|ruolo|posto}',
        '{profilo|candidatura} non {e|risulta} {in linea|adatto|adatta|idoneo|idonea}',
      ],
      medium: ['purtroppo non', 'altri candidati', 'altro candidato'],
      weak: [
        'purtroppo',
        'in bocca al lupo',
        'conserveremo {il tuo|il suo} {cv|curriculum|profilo}',
        'future {opportunita|posizioni|selezioni}',
        '{auguriamo|augurarti|augurarle} {il meglio|ogni successo|buona fortuna|successo}',
      ],
    },
  },
  interview: {
    en: {
      strong: [
        '{invite|inviting} you {to|for} {an|a|the|your} {first |second |final |next |initial |brief |short |}{interview|interviews|phone interview|video interview|phone call|video call|call|conversation|chat|onsite|on site|on site interview|technical interview|meeting|screening call|phone screen|intro call|introductory call|discovery call|virtual interview|in person interview|panel interview}',
        'invited to {an |a |}{interview|interviews}',
        'invite you to interview',
        'invitation to {an |a |}{interview|interviews}',
        'interview {invitation|invite|request|confirmation|reminder}',
        '{like|love|want|d like|happy|pleased|excited} to {schedule|set up|arrange|book|organise|organize|line up} {an|a|your|some|the} {first |second |final |next |initial |brief |short |quick |}{interview|call|phone screen|phone call|video call|time to chat|chat|conversation|meeting|screening call|time to talk|time to speak|intro call|introductory call|zoom call|teams call|video interview|phone interview|onsite}',
        '{schedule|book|confirm|set up|arrange} {your|an|the|a} {first |second |final |next |initial |}{interview|phone interview|video interview|onsite interview|technical interview|phone screen|screening call}',
        '{pick|choose|select|book|find|propose|suggest|grab} {a|some|your|the} {time|times|slot|slots|time slot|date|dates} {that works|that suits|for {a|an|the|your|our} {interview|call|chat|conversation|meeting}|below|from the|using|via|on my calendar|on our calendar|in my calendar|with}',
        'your {interview|phone screen|video interview|onsite|call} {is|has been} {scheduled|confirmed|booked|rescheduled|set}',
        '{next|second|final} {round|stage} of {interviews|our interview process|the interview process}',
        '{move|moving|advance|advancing|progress|progressing} you {forward |}{to|into} {the|our} next {round|stage|step}',
        '{like|love} to {speak|talk|chat|meet} with you',
        '{like|love} to {learn|hear} more about you {in|on|over|during} a',
        '{reschedule|rescheduling|move} {our|your|the} {interview|call|meeting|phone screen}',
        'calendly com',
        'cal com',
        'goodtime io',
        'your availability {for|to} {a|an|the} {interview|call|chat|conversation|meeting}',
        'when {would you be|are you} available {for|to} {a|an} {interview|call|chat|conversation}',
        'looking forward to {speaking|talking|meeting} with you {on|at|next|tomorrow}',
        'the interview will {take place|be held|last|be conducted}',
        'you will be {interviewing|meeting|speaking} with',
        'we {are|re} {pleased|happy|delighted|excited} to {invite|move you forward|let you know that you have been selected for}',
        'meeting {link|details|invitation} for your interview',
        'invite you to {the|our} next {step|stage|round}',
        '{you have|you ve} been {shortlisted|selected} for {an|the|a} {interview|interviews|next round|next stage|first round}',
        '{come in|come by|join us} for {an|a} {interview|chat|conversation|onsite|in person interview}',
        '{move|moving|advance|advancing} you forward {in|to|with}',
        '{are|would} you {be |}available {for|to} {a|an} {quick |short |brief |first |}{call|chat|interview|conversation|video call|phone call|meeting}',
        'when {you re|you are|you would be|are you|would you be} {free|available} {for|to} {a|an} {quick |short |brief |}{call|chat|interview|conversation|video call|phone call}',
      ],
      medium: [
        'phone screen',
        'screening call',
        'hiring manager',
        'interview with',
        'next step{s|} in {our|the} {process|hiring process|recruitment process}',
        'your availability',
        '{schedule|book|set up|arrange} {a|an|your|the} {quick |short |brief |first |initial |}{call|chat|video call|phone call|conversation} with',
        '{let us|let me} know your availability',
        '{share|send|provide|confirm} {your|us your|me your} availability',
        'zoom us',
        'teams microsoft com',
        'meet google com',
      ],
      weak: ['interview', 'availability', 'look forward to {meeting|speaking|talking}'],
    },
    de: {
      strong: [
        '{einladen|einladung|einzuladen} {zu |zum |zur |fur |fur ein |fur einen |}{einem |einen |ein |ersten |zweiten |}{personlichen |personliches |virtuellen |virtuelles |telefonischen |}{gesprach|vorstellungsgesprach|kennenlerngesprach|kennenlernen|bewerbungsgesprach|telefoninterview|videointerview|interview|videocall|video call|telefonat|austausch|termin|gesprachstermin|video gesprach|videogesprach}',
        '{zu |zum |zur |}{einem |einen |ein |ersten |zweiten |}{personlichen |virtuellen |telefonischen |}{gesprach|vorstellungsgesprach|kennenlerngesprach|kennenlernen|bewerbungsgesprach|interview|telefonat|austausch} einladen',
        '{sie|dich} {gerne |}{personlich |naher |}kennenlernen',
        '{sie|dich} {gerne |}{personlich |naher |}kennen lernen',
        'termin{vorschlag|vorschlage|e} fur {ein|einen|das|unser} {gesprach|interview|vorstellungsgesprach|telefonat|kennenlernen}',
        '{nachste|zweite|finale} {runde|gesprachsrunde|phase}',
        '{vorstellungsgesprach|interview|gesprach|telefoninterview} {verschieben|bestatigen|vereinbaren|am|findet}',
        '{einen |}termin {vereinbaren|buchen|auswahlen|wahlen}',
      ],
      medium: [
        '{ihre|deine} verfugbarkeit',
        'wann {sie|du} zeit {haben|hast}',
        'vorstellungsgesprach',
        'bewerbungsgesprach',
        'kennenlerngesprach',
        'telefoninterview',
        'videointerview',
      ],
      weak: ['interview', 'gesprach', 'termin'],
    },
    fr: {
      strong: [
        '{vous|te} {inviter|convier|convoquer|proposer} {a|pour} un {premier |second |deuxieme |dernier |}{entretien|echange|appel|rendez vous|call}',
        '{invitation|convocation} {a|pour} un {premier |second |deuxieme |}{entretien|echange}',
        '{invitation|convocation} {a l|pour l} entretien',
        '{planifier|fixer|organiser|programmer|caler|convenir d} un {premier |second |deuxieme |}{entretien|echange|appel|rendez vous|creneau}',
        '{choisir|reserver|selectionner} un creneau',
        '{vous|te} rencontrer',
        'entretien {telephonique|en visio|en visioconference|video|sur site|technique|avec}',
        '{reporter|decaler|confirmer} {notre|votre|l} entretien',
        '{prochaine|derniere} etape {du processus|de recrutement|du recrutement}',
      ],
      medium: ['entretien', '{vos|tes} disponibilites'],
      weak: ['echange', 'rencontrer'],
    },
    es: {
      strong: [
        '{invitarte|invitarle|invitarlos|invitarla|convocarte|convocarle} a una {primera |segunda |}{entrevista|llamada|reunion|videollamada|conversacion}',
        '{invitacion|convocatoria} {a|para} {una |la |}{primera |segunda |}{entrevista|llamada|reunion}',
        '{agendar|programar|coordinar|concertar|organizar|fijar} una {primera |segunda |}{entrevista|llamada|reunion|videollamada|conversacion}',
        'entrevista {telefonica|por video|virtual|presencial|tecnica|con}',
        '{siguiente|proxima|segunda} {fase|etapa|ronda} {del proceso|de entrevistas|de seleccion}',
        '{reprogramar|confirmar|mover} {la|tu|su|nuestra} entrevista',
        '{elige|elija|selecciona|seleccione|reserva|reserve} un horario',
      ],
      medium: ['entrevista', '{tu|su} disponibilidad'],
      weak: ['llamada', 'reunion'],
    },
    nl: {
      strong: [
        '{uitnodigen|uitnodiging|uit te nodigen} {voor|tot} {een|het|ons} {eerste |tweede |}{gesprek|sollicitatiegesprek|kennismakingsgesprek|interview|videogesprek|video gesprek|telefonisch gesprek|telefoongesprek|belafspraak|kennismaking}',
        '{graag |}{met je|met u|met jou} kennismaken',
        '{gesprek|afspraak|interview|kennismaking} {inplannen|in te plannen|plannen|te plannen|maken|te maken|verzetten|bevestigen}',
        '{tweede|volgende|laatste} {gesprek|ronde|gespreksronde}',
        'wanneer {je|u} {tijd|beschikbaar} {hebt|heeft|bent|is}',
        '{kies|plan|selecteer} een {tijdstip|moment|tijdslot}',
      ],
      medium: ['sollicitatiegesprek', 'kennismakingsgesprek', '{je|jouw|uw} beschikbaarheid'],
      weak: ['gesprek', 'interview'],
    },
    pt: {
      strong: [
        '{convidar|convida lo|convida la|convidamos|convidar te|convida los} {para|a} {uma|um|a|o} {primeira |segunda |}{entrevista|conversa|chamada|reuniao|bate papo}',
        'convite {para|de} {uma |a |}{entrevista|conversa|reuniao}',
        '{agendar|marcar|programar|combinar} {uma|um} {primeira |segunda |}{entrevista|conversa|chamada|reuniao|bate papo|horario}',
        'entrevista {por video|online|presencial|tecnica|com|por telefone}',
        '{proxima|segunda} {etapa|fase} {do processo|de entrevistas|do processo seletivo}',
        '{remarcar|reagendar|confirmar} {a|sua|a sua|nossa} entrevista',
        '{escolha|selecione|reserve} um horario',
      ],
      medium: ['entrevista', '{sua|tua} disponibilidade'],
      weak: ['conversa', 'reuniao'],
    },
    it: {
      strong: [
        '{invitarti|invitarla|invitarvi|convocarti|convocarla} {a|per} un {primo |secondo |}{colloquio|incontro|call|videocolloquio|colloquio conoscitivo}',
        '{invito|convocazione} {a|al|per un|per il} {primo |secondo |}{colloquio|incontro}',
        '{fissare|programmare|organizzare|pianificare|concordare} un {primo |secondo |}{colloquio|incontro|appuntamento|videocolloquio|call}',
        'colloquio {conoscitivo|telefonico|tecnico|online|in presenza|con|video|individuale}',
        '{prossima|seconda} {fase|tappa} {del processo|di selezione|dei colloqui}',
        '{spostare|riprogrammare|confermare} {il|il tuo|il suo|il nostro} colloquio',
        '{scegli|seleziona|prenota} un {orario|slot}',
      ],
      medium: ['colloquio', '{tua|sua} disponibilita'],
      weak: ['incontro'],
    },
  },
  offer: {
    en: {
      strong: [
        '{pleased|happy|delighted|excited|thrilled|glad|proud} to {offer you|extend {you |}{an|a|this|the} {formal |written |verbal |conditional |}offer|make you an offer}',
        '{like|love|want} to {offer you|extend {you |}{an|a|the} {formal |written |verbal |}offer|make you an offer}',
        'offer you the {position|role|job|post}',
        '{offer of|offer for} employment',
        'employment offer',
        '{your|an|the|attached|our} {formal |written |verbal |conditional |}offer letter',
        '{formal|written|verbal|conditional} offer',
        'extend {you |}an offer',
        'your offer {from|with|at|to join}',
        'congratulations on your offer',
        'we {are|re} {pleased|happy|delighted|excited|thrilled} to welcome you {to|as|aboard|on board}',
      ],
      medium: [
        'congratulations',
        'welcome {aboard|to the team}',
        'employment contract',
        'start date',
        'compensation package',
        'accept {the|this|our} offer',
        'offer {details|package|of {a|the} {position|role}}',
        'job offer',
      ],
      weak: ['offer', 'salary'],
    },
    de: {
      strong: [
        '{ihnen|dir|euch} {ein|einen|unser} {angebot|vertragsangebot|jobangebot|arbeitsvertrag|vertrag} {unterbreiten|machen|zukommen lassen|anbieten|senden|schicken}',
        '{ihnen|dir} die {stelle|position} {anbieten|anzubieten}',
        'fur {sie|dich} entschieden',
        '{vertragsangebot|jobangebot|arbeitsangebot|zusage fur die stelle}',
        '{ihre|deine} zusage',
        'unterschrift {ihres|deines|des} {arbeitsvertrags|vertrags}',
        'willkommen im team',
      ],
      medium: ['arbeitsvertrag', 'zusage', 'eintrittsdatum', 'herzlichen gluckwunsch'],
      weak: ['angebot', 'vertrag', 'gehalt'],
    },
    fr: {
      strong: [
        '{proposition|promesse|offre|lettre} d embauche',
        'proposition de contrat',
        'lettre d offre',
        '{vous|te} {proposer|offrir} le poste',
        'plaisir de {vous|te} {proposer|offrir|annoncer que votre candidature a ete retenue}',
        'votre candidature a ete retenue',
        'bienvenue {dans l equipe|parmi nous}',
      ],
      medium: ['felicitations', 'date de debut', 'contrat de travail'],
      weak: ['proposition', 'remuneration'],
    },
    es: {
      strong: [
        '{ofrecerte|ofrecerle} {el|la|este|esta} {puesto|posicion|empleo|cargo|vacante}',
        '{oferta|carta} {formal|de oferta|oferta|de empleo formal}',
        'carta oferta',
        'propuesta {de contratacion|formal|laboral}',
        '{nos complace|nos alegra|estamos encantados de} {ofrecerte|ofrecerle|comunicarte que has sido seleccionado|comunicarte que has sido seleccionada|comunicarle que ha sido seleccionado|comunicarle que ha sido seleccionada}',
        'bienvenido al equipo',
        'bienvenida al equipo',
      ],
      medium: ['felicidades', 'enhorabuena', 'contrato de trabajo', 'fecha de inicio'],
      weak: ['oferta', 'salario'],
    },
    nl: {
      strong: [
        '{je|jou|u} de {functie|baan|positie} {aan te bieden|aanbieden}',
        '{aanbod|contractvoorstel|arbeidsvoorwaardenvoorstel|jobaanbod|baanaanbod}',
        '{graag|blij|verheugd} {een |}{aanbod|voorstel} {te doen|doen}',
        'welkom {in het team|bij het team|aan boord}',
      ],
      medium: ['gefeliciteerd', 'arbeidsovereenkomst', 'startdatum'],
      weak: ['voorstel', 'salaris'],
    },
    pt: {
      strong: [
        '{proposta|carta} {de emprego|de trabalho|proposta|oferta|formal|de contratacao}',
        '{oferecer lhe|oferecer te|oferecer a voce|te oferecer|lhe oferecer} {a|o} {vaga|posicao|cargo|funcao}',
        'oferecer a {vaga|posicao}',
        '{bem vindo|bem vinda} {a equipe|ao time|a equipa|ao nosso time}',
        '{aprovado|aprovada} {para a vaga|no processo}',
      ],
      medium: ['parabens', 'contrato de trabalho', 'data de inicio'],
      weak: ['proposta', 'salario'],
    },
    it: {
      strong: [
        '{proposta|lettera|offerta} {di assunzione|di offerta|formale|contrattuale}',
        '{offrirti|offrirle} {la|il|questa|questo} {posizione|ruolo|posto}',
        '{lieti|felici|contenti} di {offrirti|offrirle|comunicarti che sei stato selezionato|comunicarti che sei stata selezionata|comunicarle che e stato selezionato|comunicarle che e stata selezionata}',
        'benvenut{o|a} {nel team|in squadra|a bordo}',
      ],
      medium: ['congratulazioni', 'contratto di lavoro', 'data di inizio'],
      weak: ['proposta', 'retribuzione'],
    },
  },
  assessment: {
    en: {
      strong: [
        '{coding|technical|online|skills|skill|cognitive|aptitude|personality|take home|takehome|home|programming|written|psychometric|behavioral|behavioural|video|numerical|verbal reasoning|logical reasoning} {assessment|challenge|test|exercise|assignment|task|questionnaire}',
        '{complete|completing|take|start|finish} {the|an|our|a|this|your} {short |brief |online |following |}{assessment|assessments|test|challenge|exercise|assignment|questionnaire}',
        'invite you to {complete|take|participate in}',
        '{hackerrank|codility|codesignal|testgorilla|hirevue|coderbyte|pymetrics|criteria corp|shl|devskiller|codingame|testdome|vervoe|harver|mettl|wonderlic|canditech|karat}{ com|}',
        '{one way|on demand|asynchronous|pre recorded|recorded} video {interview|assessment}',
        '{assessment|test|challenge} {invitation|link|deadline|instructions}',
        'case study',
        'home assignment',
        'work sample',
      ],
      medium: ['assessment', 'challenge'],
      weak: ['test'],
    },
    de: {
      strong: [
        '{online test|onlinetest|online assessment|eignungstest|personlichkeitstest|fallstudie|probeaufgabe|testaufgabe|einstufungstest|assessment center|coding challenge|programmieraufgabe|case study|arbeitsprobe|fachtest|wissenstest|aufgabe zur bearbeitung}',
        '{bearbeiten|absolvieren|durchfuhren} {sie|du} {bitte |}{den|die|das} {test|aufgabe|assessment|fallstudie}',
      ],
      medium: ['assessment', 'aufgabe'],
      weak: ['test'],
    },
    fr: {
      strong: [
        '{test|exercice|evaluation|questionnaire} {technique|en ligne|de personnalite|d aptitude|psychometrique|de logique|a domicile}',
        '{etude|cas} {de cas|pratique}',
        'mise en situation',
        '{hackerrank|codility|codingame|testgorilla|hirevue|assessfirst|central test}',
      ],
      medium: ['evaluation'],
      weak: ['test'],
    },
    es: {
      strong: [
        '{prueba|test|evaluacion|ejercicio|reto|desafio} {tecnica|tecnico|en linea|online|psicometrica|psicometrico|de conocimientos|de personalidad|de aptitud|de programacion|practico|practica}',
        'caso practico',
        '{hackerrank|codility|codingame|testgorilla|hirevue}',
      ],
      medium: ['evaluacion', 'prueba'],
      weak: ['test'],
    },
    nl: {
      strong: [
        '{online test|online assessment|praktijkopdracht|thuisopdracht|case opdracht|caseopdracht|capaciteitentest|persoonlijkheidstest|assessmentcentrum|assessment center|programmeeropdracht|technische opdracht}',
        '{hackerrank|codility|codingame|testgorilla|hirevue}',
        '{maak|voltooi|rond} {de|het|deze} {test|assessment|opdracht}',
      ],
      medium: ['assessment', 'opdracht'],
      weak: ['test'],
    },
    pt: {
      strong: [
        '{teste|desafio|avaliacao|prova|exercicio} {tecnico|tecnica|online|de perfil|de personalidade|comportamental|de conhecimentos|de programacao|pratico|pratica}',
        'estudo de caso',
        '{hackerrank|codility|codingame|testgorilla|hirevue|gupy}',
      ],
      medium: ['avaliacao', 'desafio'],
      weak: ['teste'],
    },
    it: {
      strong: [
        '{test|prova|esercizio|valutazione|questionario|sfida} {tecnico|tecnica|online|attitudinale|psicoattitudinale|di personalita|di programmazione|logico|logica|pratico|pratica}',
        'caso studio',
        '{hackerrank|codility|codingame|testgorilla|hirevue}',
      ],
      medium: ['valutazione', 'prova'],
      weak: ['test'],
    },
  },
  confirmation: {
    en: {
      strong: [
        '{thank you|thanks|thank you so much|thanks so much|many thanks} for {applying|your application|submitting your application|your recent application|your interest in {joining|working}|your job application|applying for|applying to|your submission}',
        '{we|we ve|we have|we did|i have|i ve} {received|got|successfully received} your {application|job application|resume|cv|submission|candidacy}',
        'your application {has been|was|is} {received|submitted|sent|successfully submitted|successfully sent|complete|in}',
        'your application was sent to',
        'application {received|submitted|confirmation|sent|acknowledgement|acknowledgment}',
        '{successfully|you} applied',
        'you {have |ve |}{successfully |}{applied|submitted}',
        'confirm {that we have received|receipt of} your',
        'indeed apply',
      ],
      medium: ['thank you for your interest', 'thanks for your interest', 'review your {application|background|profile|experience}'],
      weak: ['your application'],
    },
    de: {
      strong: [
        '{vielen|herzlichen|besten|ganz herzlichen} dank fur {ihre|deine|ihr|dein} {bewerbung|interesse}',
        'danke fur {ihre|deine} bewerbung',
        '{ihre|deine} bewerbung {ist|wurde} {bei uns |erfolgreich |}{eingegangen|ubermittelt|versendet|abgeschickt|erhalten}',
        '{haben|hat} {ihre|deine} bewerbung {erhalten|bekommen}',
        'eingang {ihrer|deiner} bewerbung',
        'eingangsbestatigung',
        '{bewerbung|bewerbungsunterlagen} {erfolgreich |}{erhalten|eingegangen}',
      ],
      medium: [],
      weak: ['ihre bewerbung', 'deine bewerbung'],
    },
    fr: {
      strong: [
        'merci {pour|de} {votre|ta} candidature',
        'merci d avoir postule',
        '{nous avons|avons} bien recu {votre|ta} candidature',
        '{votre|ta} candidature {a bien ete|a ete|est bien} {recue|envoyee|transmise|enregistree|prise en compte}',
        'accuse de reception',
        'confirmation de {candidature|reception}',
      ],
      medium: ['merci pour votre interet'],
      weak: ['votre candidature'],
    },
    es: {
      strong: [
        'gracias por {tu|su} {candidatura|solicitud|postulacion|aplicacion|interes en}',
        'gracias por {postularte|postularse|aplicar|inscribirte|inscribirse|presentar tu candidatura}',
        '{hemos|he} recibido {tu|su} {candidatura|solicitud|postulacion|cv|curriculum|aplicacion}',
        '{tu|su} {candidatura|solicitud|postulacion} {se ha enviado|ha sido enviada|ha sido recibida|se ha recibido|se envio|fue enviada|fue recibida}',
        'confirmacion de {candidatura|solicitud|postulacion}',
      ],
      medium: [],
      weak: ['tu candidatura', 'tu solicitud'],
    },
    nl: {
      strong: [
        '{bedankt|dank|hartelijk dank|dankjewel|dank je wel|dank u wel} voor {je|jouw|uw} {sollicitatie|interesse|kandidatuur}',
        '{we|wij} hebben {je|jouw|uw} {sollicitatie|kandidatuur|cv} {in goede orde |goed |}ontvangen',
        '{je|jouw|uw} sollicitatie is {in goede orde |}{ontvangen|verzonden|verstuurd|binnen}',
        'ontvangstbevestiging',
        'sollicitatie ontvangen',
      ],
      medium: [],
      weak: ['je sollicitatie', 'uw sollicitatie'],
    },
    pt: {
      strong: [
        '{obrigado|obrigada} {pela|por} {sua|a sua|tua} {candidatura|inscricao|aplicacao|interesse}',
        '{obrigado|obrigada} por se {candidatar|inscrever}',
        'agradecemos {a sua|sua|a tua|pela sua|pelo seu} {candidatura|inscricao|interesse}',
        'recebemos {a sua|sua|a tua|o seu|seu} {candidatura|inscricao|curriculo|cv|aplicacao}',
        '{sua|sua candidatura|candidatura|inscricao} {foi|foram} {recebida|enviada|registrada|registada|realizada|concluida} com sucesso',
        'candidatura {foi |}{recebida|enviada|registrada|registada}',
        'inscricao {foi |}{recebida|realizada|confirmada}',
      ],
      medium: [],
      weak: ['sua candidatura'],
    },
    it: {
      strong: [
        'grazie per {la tua|la sua|il tuo|il suo} {candidatura|interesse}',
        'grazie per {esserti|essersi} {candidato|candidata|candidati}',
        '{abbiamo|ho} ricevuto {la tua|la sua} candidatura',
        '{candidatura|tua candidatura|sua candidatura} {e stata|e} {ricevuta|inviata|inoltrata|registrata}',
        'conferma di {ricezione|candidatura|ricevimento}',
      ],
      medium: [],
      weak: ['tua candidatura', 'sua candidatura'],
    },
  },
};

/**
 * Words that make an outcome phrase hypothetical ("If you are selected, we will invite you to an interview"): found
 * in the same sentence before the phrase, the phrase does not count. For every kind, rejections included.
 */
export const CONDITIONAL_BEFORE: readonly string[] = [
  // en
  'if',
  'whether',
  'unless',
  'should {you|your|we|there}',
  'in {case|the event}',
  'once',
  'upon',
  // de
  'falls',
  'wenn',
  'sofern',
  'sollte{n|}',
  'ob',
  'gegebenenfalls',
  'sobald',
  // fr
  'si {votre|vous|ta|ton|tu|nous}',
  's il',
  '{au|dans le} cas',
  'lorsque',
  'des que',
  // es
  'si {tu|su|usted|eres|no|resultas|nos}',
  'en caso',
  'una vez',
  // nl
  'als {je|jouw|u|uw|jij|wij|we}',
  'indien',
  'mocht{en|}',
  'zodra',
  // pt
  'se {for|o seu|a sua|voce|o teu|a tua|formos}',
  'caso',
  // it
  'se {il tuo|la tua|il suo|la sua|sarai|sara|dovessimo}',
  'qualora',
  'nel caso',
];

/**
 * Future or third-person wording that, before an interview, offer, assessment or confirmation phrase, says what
 * may happen, not what is happening ("Successful candidates will be invited to an interview", "a recruiter will
 * reach out to schedule a call"). Not applied to rejections ("we will not be moving forward").
 */
export const FUTURE_BEFORE: readonly string[] = [
  'may',
  'might',
  'possibly',
  'potentially',
  'we will',
  'we ll',
  'will {reach out|contact|be in touch|get in touch|get back|be contacted|be invited|receive|be asked}',
  '{successful|selected|shortlisted|qualified} {candidates|applicants}',
  'the next step{s|} {will|would|may|could}',
  'our {process|hiring process|interview process|recruitment process} {consists|includes|involves|typically}',
  'typically',
  'usually',
  'after {reviewing|we review|review|completing|you complete}',
  'before {we|extending|making|an}',
  // de
  'moglicherweise',
  'eventuell',
  'werden {wir |}uns',
  'melden {uns|wir uns}',
  'nach {prufung|sichtung|abschluss}',
  // fr
  'nous {reviendrons|vous recontacterons|prendrons contact}',
  'pourrions',
  'pourra',
  // es
  'nos pondremos en contacto',
  '{te|le} contactaremos',
  'podriamos',
  // nl
  'nemen {we|wij} contact',
  'zullen {we|wij}',
  'kunnen {we|wij} {je|u} mogelijk',
  // pt
  'entraremos em {contato|contacto}',
  'poderemos',
  // it
  'ti contatteremo',
  'la contatteremo',
  'potremmo',
];

/**
 * After an interview, offer, assessment or confirmation phrase, in the same sentence: the phrase was a condition
 * ("we will invite you to an interview if your profile matches").
 */
export const CONDITIONAL_AFTER: readonly string[] = [
  'if {your|you are selected|you re selected|selected|there is|there s|we|you match|you are a|you re a|shortlisted|successful}',
  'should {your|we|you be}',
  '{wenn|falls} {ihr|dein|ihre|deine|sie|du|wir}',
  'si {votre|ton|ta|vous|nous}',
  'si {tu|su} {perfil|candidatura}',
  'als {je|jouw|uw|u} {profiel|cv}',
  'indien',
  'se {o seu|a sua|o teu|a tua|voce}',
  'se {il tuo|la tua|il suo|la sua}',
  'qualora',
];

/** What a kind of `none` mail says. Found before any outcome wording, it keeps the email `none`. */
export const NONE_SIGNALS: Readonly<Record<'alert' | 'outreach' | 'viewed' | 'reminder' | 'account' | 'newsletter', readonly string[]>> = {
  alert: [
    '{new |recommended |suggested |top |}jobs {for you|you may be interested in|you might be interested in|you might like|picked for you|matching|that match|based on|similar to}',
    'jobs {recommended|selected|picked} for you',
    'job {alert|alerts|recommendations|recommendation|matches|picks}',
    'new {job|jobs|roles|positions|openings} {matching|that match|near you|in your area|posted}',
    'similar {jobs|roles|positions}',
    '{people|candidates|others} also {viewed|applied}',
    'recommended for you',
    'based on your {preferences|search|job search|recent search|saved search}',
    '{your|saved} {job |}search',
    'no longer accepting applications',
    // de
    'neue {jobs|stellen|stellenangebote|jobangebote} fur {sie|dich}',
    '{jobs|stellen|stellenangebote} die zu {ihnen|dir|ihrem profil|deinem profil} passen',
    '{jobempfehlungen|jobempfehlung|stellenempfehlungen|jobagent|job agent|jobabo|suchauftrag|job alarm|jobalarm}',
    // fr
    '{nouvelles|nouvelle} {offres|offre} {d emploi |}{pour vous|qui pourraient vous interesser|correspondant}',
    'offres {d emploi |}qui {pourraient|peuvent} vous interesser',
    'alerte{s|} {emploi|e mail|email}',
    'offres similaires',
    // es
    '{nuevas|nuevos} {ofertas|empleos|vacantes} {para ti|que te pueden interesar|que podrian interesarte|recomendad}',
    '{empleos|ofertas|vacantes} que {te pueden|podrian} interesar',
    'alerta{s|} de empleo',
    'empleos similares',
    // nl
    'nieuwe vacatures {voor jou|voor u|die bij je passen|die bij u passen}',
    'vacatures die bij {je|jou|u} passen',
    '{vacaturemelding|vacature alert|vacaturealert|jobalert|job alert}',
    'vergelijkbare vacatures',
    // pt
    '{novas|novos} {vagas|empregos|oportunidades} {para voce|para ti|que podem te interessar|que podem interessar}',
    'vagas {que podem|recomendadas|similares}',
    'alerta{s|} de {vagas|emprego}',
    // it
    '{nuove|nuovi} {offerte|annunci|posizioni} {di lavoro |}{per te|che potrebbero interessarti|in linea}',
    '{annunci|offerte} che potrebbero interessarti',
    'avvis{o|i} di lavoro',
    'offerte simili',
  ],
  outreach: [
    '{came across|found|saw|was impressed by|stumbled upon|viewed} your {profile|background|linkedin|cv|resume}',
    '{are|would} you {be |}open to {new|a new|exploring|hearing about|a conversation|discussing}',
    'open to new {opportunities|roles|challenges}',
    '{i am|i m|i work as} a {recruiter|headhunter|talent partner|technical recruiter}',
    '{reaching|reach} out {about|regarding|with} {a|an|this|an exciting|a new} {opportunity|role|position}',
    'exciting {opportunity|role|position} {with|at|that}',
    'on behalf of {my|our} client',
    'my client',
    'passive candidates',
    // de
    'ihr profil {ist mir|hat mich|gefunden}',
    'dein profil {ist mir|hat mich|gefunden}',
    'offen fur {neue|eine neue} {herausforderungen|herausforderung|moglichkeiten}',
    // fr
    'votre profil a retenu mon attention',
    '{ouvert|ouverte} a de nouvelles {opportunites|opportunite}',
    // es
    'tu perfil {me ha|ha llamado}',
    '{abierto|abierta} a nuevas oportunidades',
    // nl
    'je profiel {viel|sprak}',
    'open voor een nieuwe {uitdaging|baan}',
    // pt
    'seu perfil {chamou|me chamou}',
    '{aberto|aberta} a novas oportunidades',
    // it
    'il tuo profilo {ha attirato|mi ha colpito}',
    '{aperto|aperta} a nuove opportunita',
  ],
  viewed: [
    '{application|profile|resume|cv} {was|has been} viewed',
    'viewed your {application|profile|resume|cv}',
    '{looked at|checked out} your {application|profile}',
    'profile views',
    'who viewed your',
    'bewerbung wurde angesehen',
    'candidature a ete {vue|consultee}',
    'solicitud ha sido vista',
    'sollicitatie is bekeken',
    'candidatura foi visualizada',
    'candidatura e stata visualizzata',
  ],
  reminder: [
    '{finish|complete|continue|resume} your application',
    '{haven t|have not|did not|didn t} {finished|completed|submitted} your application',
    'you started {an|your} application',
    'application {is |}incomplete',
    'incomplete application',
    'bewerbung {abschliessen|vervollstandigen|fortsetzen}',
    '{finalisez|completez|terminez} votre candidature',
    '{completa|termina|finaliza} tu {solicitud|candidatura}',
    'rond je sollicitatie af',
    '{conclua|complete|finalize} sua candidatura',
    '{completa|termina} la tua candidatura',
  ],
  account: [
    '{reset|change|update|confirm|verify} your {password|email|email address|account}',
    'password reset',
    'verification code',
    'security code',
    '{sign in|log in|login} {attempt|link|code}',
    '{activate|verify|confirm} your account',
    'new sign in',
    'passwort {zurucksetzen|andern}',
    'reinitialiser votre mot de passe',
    'restablecer {tu|su} contrasena',
    'wachtwoord {herstellen|opnieuw instellen|wijzigen}',
    'redefinir {sua|a sua} senha',
    'reimposta{re|} {la tua|la} password',
  ],
  newsletter: [
    'newsletter',
    'webinar',
    'career {tips|advice|guide}',
    'interview tips',
    '{tips|advice} {for|on} {your|acing|nailing|the} {interview|job search}',
    'how to {ace|nail|prepare for} {your|an|the} interview',
    'salary {insights|report|guide}',
    'this week in',
    'weekly digest',
    'limited time',
    '{special|exclusive} offer',
    '{discount|promo code|coupon}',
    'premium {free trial|subscription|membership}',
    'try premium',
    'upgrade to',
  ],
};

/** Expand `{a|b}` groups (nested allowed) into every literal phrase, folded to single spaces. */
export function expand(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern.replace(/\s+/g, ' ').trim()];
  let depth = 0;
  let close = -1;
  const cuts: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    } else if (c === '|' && depth === 1) cuts.push(i);
  }
  if (close === -1) return [pattern.replace(/[{}|]/g, ' ').replace(/\s+/g, ' ').trim()];
  const bounds = [open, ...cuts, close];
  const options: string[] = [];
  for (let i = 0; i < bounds.length - 1; i++) options.push(pattern.slice((bounds[i] as number) + 1, bounds[i + 1]));
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const out: string[] = [];
  for (const option of options) for (const p of expand(head + option + tail)) out.push(p);
  return out;
}
