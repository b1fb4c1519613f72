/**
 * How people write hiring news by hand, not by template: a recruiter's "we went another way on this one", "the panel
 * would like you to come back for a final-round conversation", "I've sent a calendar invite", "which of these times
 * work", a reschedule ("can we push tomorrow's round to Friday?"), an offer that never says "offer" ("we'd love to
 * have you on board", "wir würden dich gern an Bord haben", "we willen je graag aannemen"). By family, in every
 * language the family exists in; merged into KIND_PHRASES (same syntax and tiers, see phrases.ts).
 */
import type { Lang, OutcomeOrConfirmation, Tiers } from './phrases';

type Partial7 = Readonly<Partial<Record<Lang, Tiers>>>;

export const HANDWRITTEN_PHRASES: Readonly<Partial<Record<OutcomeOrConfirmation, Partial7>>> = {
  rejection: {
    en: {
      strong: [
        // "we went another way on this one" (bare, it could be about anything: medium, below)
        'we {went|ve gone|have gone|are going|re going|decided to go|ll go|will go|ended up going} {another|a different|the other} way {on this one|this time|on this|for this role|for the role|for this position|for the position|with the role|with this role|with the position|on the role|on the position|in the end}',
        'we {re not|are not|re never|aren t} going to {move|go|proceed|progress|continue|take things|take it} {forward |ahead |further |}with {your|you|it|this}',
        '{it s|it is|it was} not going to work out {this time|for this role|for the role|on this occasion|on this one|with us}',
        '{won t|will not|didn t|did not} work out {this time|for this role|for the role|on this occasion|on this one}',
        '{ended up|have ended up|ve ended up} {hiring|going with|choosing|offering the role to|offering the position to|appointing} {someone|somebody|another|an internal|a different|other}',
        '{we ve|we have|we|i ve|i have|i|have|ve|decided to|chosen to|had to} {offered|given|offer|give} the ~ {role|position|job} to {another|a different|someone|an internal|other}',
        '{gone|went|go|going} with an internal {candidate|hire|applicant}',
        '{isn t|is not|won t|will not} {going to |}go any further',
        '{we ll be|we will be|we are|we re|we have|we ve} {closing|closed} your {application|candidacy}',
        // contractions people type: "you haven't been selected", "we aren't able to…", "we didn't select you"
        '{you|your application|your candidacy|your candidature|unfortunately you|sadly you|this time you} {haven t|hasn t|weren t|wasn t} {been |}{selected|shortlisted|chosen|successful|progressed}',
        '{aren t|are not|re not|weren t|were not} able to {move|go|proceed|progress|continue} {forward |ahead |further |}with your',
        '{can t|cannot|can not|won t be able to|are unable to|aren t able to} offer you the ~ {position|role|job}',
        '{didn t|did not|haven t|have not} {select|selected|shortlist|shortlisted|choose|chosen} you',
        // filled from inside
        '{filled|fill|fill in} the {role|position|vacancy|opening} internally',
        '{role|position|vacancy|opening} {has been|was|is being|has now been} filled internally',
        // a first-person decision for other people, whatever they are called
        '{decided to|chosen to|opted to|decision to} {proceed|continue|progress|move forward|go forward|move ahead|go ahead|go} with {folks|people|someone|somebody|others|other people|other folks|another person} {whose|who|that|with}',
        '{are|re|will be|ll be|have been|ve been} {proceeding|progressing|moving forward|moving ahead|going ahead} with {folks|people|someone|somebody|others|other people|other folks|another person} {whose|who|that|with}',
        // "we won't be progressing with the QA Engineer role for you": any object
        '{won t|wont|will not|are not|aren t|re not} be {progressing|proceeding|moving forward|moving ahead|going forward|going ahead} with',
        '{going to|gonna|have to|ll have to|will have to|decided to} pass {this time|for now|on this occasion|on you|on your candidacy|on your application}',
        '{it s|it is} a no {from us|this time|for now}',
      ],
      medium: [
        'we {went|ve gone|have gone|are going|re going|decided to go|ll go|will go|ended up going} {another|a different|the other} way',
        '{closing|close|closed} your {application|candidacy}',
        '{needs|requires|need|require} someone with more',
        'whose {experience|background|skills|profile|skill set} {lines up|line up|aligns|align|matches|match|fits|fit} {a little |a bit |slightly |}{more closely|better}',
      ],
    },
    de: {
      strong: [
        '{haben|hatten} uns {leider |nun |diesmal |dieses mal |}{anders|fur jemand anderen|fur jemanden anderen|fur eine andere person} entschieden',
        'gehen ~ {einen anderen weg|in eine andere richtung}',
        'mit {jemand|jemandem} {anderem|anderen} {weiter|weitermachen|fortfahren|weitergehen}',
        '{machen|gehen} {wir |}{leider |}nicht {weiter|mit dir weiter|mit ihnen weiter}',
        'wird {diesmal |dieses mal |}{leider |}nichts',
        // "not this time", as people say it
        '{es hat|hat es} {leider |diesmal |dieses mal |diesmal leider |leider diesmal |}nicht {gepasst|gereicht}',
        '{stelle|position|vakanz|rolle} ~ intern {besetzt|vergeben|nachbesetzt}',
        '{hat sich|haben uns|haben sich|hat sich das team|haben wir uns} {leider |}fur {jemanden|jemand} ~ entschieden',
      ],
    },
    fr: {
      strong: [
        'nous avons {fait|opte pour} un autre choix',
        'fait le choix d {un autre|une autre} {profil|candidat|candidate|personne}',
        'partir sur {un autre profil|une autre personne|un autre candidat|une autre candidature}',
        '{ne pas|pas} aller plus loin {avec vous|avec toi|ensemble}',
        'nous {n irons|ne poursuivrons|ne continuerons} pas plus loin',
        '{choisi|retenu|opte pour|privilegie|selectionne} {une autre personne|quelqu un d autre|d autres personnes}',
        'pourvu en interne',
        '{ce ne sera|ne sera|ce n est|ca ne sera} {malheureusement |}pas pour cette fois',
        '{continuer|poursuivre|avancer|aller plus loin} avec {quelqu un d autre|une autre personne|un autre profil|un autre candidat|une autre candidate}',
      ],
    },
    es: {
      strong: [
        'hemos {tomado otra direccion|optado por otra opcion|ido por otro camino|decidido ir por otro camino}',
        'no {vamos a|podemos|podremos} seguir {adelante |}{contigo|con usted}',
        'no seguiremos {adelante |}{contigo|con usted}',
        'seguir adelante con {alguien|otra persona}',
        '{quedado|quedamos} con {otra persona|otro candidato|otra candidata|otro perfil|otros candidatos|otros perfiles}',
        '{cubierto|cubierta|ocupado|ocupada} ~ {internamente|de forma interna}',
        '{esta vez |en esta ocasion |}no {ha podido|pudo} ser',
      ],
    },
    nl: {
      strong: [
        'een andere keuze gemaakt',
        '{gaan|gaat|ga} ~ niet verder met {je|jou|u}',
        '{niet|helaas niet} met {je|jou|u} verder',
        'voor iemand anders gekozen',
        'met iemand anders verder',
        '{gaan|ga} ~ niet met {je|jou|u} doen',
        'intern {ingevuld|vervuld|opgevuld}',
        '{het is|is het} {het |}{helaas |}niet geworden',
      ],
    },
    pt: {
      strong: [
        '{seguimos|optamos|decidimos seguir} por outro caminho',
        'nao {vamos|iremos|podemos|poderemos} seguir com {voce|vc|o seu nome|a sua candidatura}',
        'seguir com outra pessoa',
        '{preenchida|preenchido|ocupada|ocupado} internamente',
        'nao foi {dessa|desta} vez',
      ],
    },
    it: {
      strong: [
        'abbiamo fatto un altra scelta',
        'preso un altra direzione',
        'non {proseguiremo|andremo avanti|procederemo} con {te|lei}',
        '{proseguire|procedere|andare avanti} con {un altra persona|qualcun altro}',
        'non {andremo|andiamo|possiamo andare|potremo andare} avanti con {la tua|la sua|te|lei}',
        '{coperto|coperta|assegnato|assegnata} ~ internamente',
        '{questa volta|stavolta} non {e andata|ce l abbiamo fatta|e stato possibile}',
      ],
    },
  },
  interview: {
    en: {
      strong: [
        // "the panel would like you to come back for a final-round conversation"
        '{like|love|want} you to come {back |in |}{for|to} {a|an|the|our|your} ~ {interview|conversation|chat|round|onsite|meeting|call|session}',
        'you {ll|will} be {speaking|meeting|chatting|talking|interviewing} with',
        '{like|love|want} to meet you {in person|on site|onsite|face to face|at our office|at the office|next week|this week}',
        '{could|can|would} you do a {{15|20|25|30|45|60|90} {min|minute|minutes|mins} |quick |short |brief |}{call|chat|interview|video call|phone call|zoom} {with|on|this|next|tomorrow}',
        '{bring|have|get} you {in |back |on site |onsite |}for {a|an|the|your} ~ {round|interview|chat|conversation|onsite|meeting}',
        'next up is {a|an|the} ~ {chat|call|interview|conversation|round|onsite} with',
        '{are|would} you {be |}{around|free|up} for {a|an} {{15|20|30|45|60} {min|minute|minutes|mins} |quick |short |brief |}{call|chat|interview|conversation|video call|phone call}',
        '{set up|schedule|arrange|book} a {second|third|final|follow up|next} {one|round|conversation|chat|call}',
        'confirming {we re|we are} {on|still on|all set} for',
        '{invite|inviting|have|bring|get} you back {for|to|in}',
        '{see|meet|have} you {again |back |}for {a|an|the|your} {second|third|final|follow up|further|next} {interview|round|conversation|chat|meeting|onsite}',
        '{you ve|you have|you} made it {to|through to|into} the {next|final|second|third|last} {round|stage}',
        '{you re|you are} through to the {next|final|second|third|last} {round|stage}',
        // another time instead: "could we do Wednesday at 3pm instead?", "would Friday at 10 work instead?"
        '{could|can|shall} we {do|make it|move it to|meet|talk|speak|chat} ~ instead',
        '{would|does|could|will} ~ work instead',
        // "I've sent a calendar invite" (a person; "we've sent a calendar invite" is also a shop's delivery slot)
        '{i ve|i have|i|i ve just|i just} {sent|sent over|sent out} {you |over |}{a|the|an} {calendar |meeting |zoom |teams |google meet |}{invite|invitation}',
        // "which of these times work"
        '{which|what} of {these|those|the following} {times |slots |dates |days |options |}{work|works|suits|suit|would work|is best|are best}',
        '{which|what} {time|day|slot|date} {works|would work|suits} {best|for you}',
        // a reschedule: "can we push tomorrow's ML system design round to Friday?", "move your second interview"
        '{push|move|shift|bump|reschedule|postpone} {tomorrow s|today s|our|your|the|my|this|monday s|tuesday s|wednesday s|thursday s|friday s} ~ {interview|round|call|chat|screen|onsite|conversation|meeting|session|panel}',
      ],
      medium: [
        '{we ve|we have|we} {sent|sent over|sent out} {you |over |}{a|the|an} {calendar |meeting |zoom |teams |google meet |}{invite|invitation}',
        '{final|second|third|next} {round|stage} {conversation|interview|chat|call|meeting}',
        '{what does|how does|how s} your {week|schedule|calendar|availability} look',
        '{calendar|scheduling|booking} link',
        '{grab|pick|book} a {slot|time}',
        '{would|d} {like|love} to meet you',
        '{like|love|want} to see you again',
        '{send|share|give} {me|us} {a few|some|two or three|your} {times|slots|time slots|dates|options}',
        '{we re|we are} {still |all |}{on|set} for {monday|tuesday|wednesday|thursday|friday|tomorrow|today|next}',
      ],
      weak: ['can we {push|move|shift|bump|reschedule}', '{change|new} of {time|date}', '{same|the} {meet|zoom|teams|video|call} link'],
    },
    de: {
      strong: [
        '{verschiebung|verlegung} {ihres|deines|des|unseres} {vorstellungsgesprachs|gesprachs|interviews|termins|gesprachstermins|kennenlerngesprachs}',
        '{termin|gesprach|vorstellungsgesprach|interview|kennenlerngesprach|telefonat} ~ {verschieben|verlegen}',
        '{welcher|welche} {der|dieser} {termine|zeiten|optionen} {ihnen|dir} {am besten |}passt',
        '{welcher|welche} {tag|termin|zeit|uhrzeit|zeitpunkt|slot} {passt|wurde|ware} {dir|ihnen|euch}',
        '{konnten|konnen|wollen|sollen} wir {stattdessen|lieber|alternativ}',
        '{hatten|haben|hattest|hast} {sie|du} ~ zeit fur {ein|einen} {erstes |kurzes |personliches |}{gesprach|kennenlerngesprach|telefonat|interview|vorstellungsgesprach|videocall|austausch|kennenlernen}',
        '{zu einem|zum|fur ein|auf ein} {zweiten|weiteren|dritten|finalen|letzten|abschliessenden} {gesprach|interview|kennenlernen|termin|austausch}',
        '{passt|passen|ginge|geht|hattest|hatten} {dir|ihnen|euch|du|sie} ~ {fur ein|zu einem|zum|fur einen|auf ein} {kurzes |kurzen |erstes |ersten |zweites |zweiten |}{gesprach|telefonat|call|interview|kennenlernen|austausch|videocall}',
        '{habe|haben} {dir|ihnen} {eben |gerade |soeben |}{eine |die |}{kalendereinladung|einladung} {geschickt|gesendet|geschickt}',
      ],
      medium: [
        '{gerne|gern} mit {dir|ihnen|euch} {unterhalten|sprechen|austauschen}',
        'ersatztermin',
        'kalendereinladung',
        '{abschliessende|abschliessendes|abschliessenden|finale|finales|finalen} {gesprach|interview|runde}',
      ],
    },
    fr: {
      strong: [
        '{deplacer|decaler|reporter|avancer} {notre|votre|l|ton|le} ~ {entretien|rendez vous|echange|appel}',
        '{quel|lequel de ces} creneau{x|} {vous|te} {convient|conviendrait|irait}',
        '{vous|te} revoir {pour|lors d|lors de}',
        '{pourrions nous|pouvons nous|pourrait on|peut on|pourriez vous|pourrais tu} plutot',
        '{aimerions|souhaiterions|voudrions|aimerais|souhaiterais|voudrais} {echanger|discuter|parler|nous entretenir|m entretenir} avec {vous|toi}',
        '{je vous ai|je t ai|nous vous avons|nous t avons} envoye une invitation',
      ],
      medium: [
        '{etes vous|es tu|seriez vous|serais tu} disponible {lundi|mardi|mercredi|jeudi|vendredi|demain|cette semaine|la semaine prochaine|pour}',
        'invitation {calendrier|agenda|outlook}',
        '{entretien final|dernier entretien}',
      ],
    },
    es: {
      strong: [
        '{cambiar|mover|aplazar|reprogramar|retrasar|adelantar} {la|tu|su|nuestra} ~ {entrevista|llamada|reunion}',
        '{que|cual de estos} {horario|horarios|hueco|huecos|dia|dias} {te|le} {viene|vienen|va|van|encaja} {mejor|bien}',
        '{te|le} {he|hemos} enviado una invitacion',
        '{podriamos|podemos|podrias|puedes} ~ {en su lugar|en vez de|en lugar de}',
        '{podriamos|podemos} {hacer|tener|mover|pasar|cambiar} la {entrevista|llamada|reunion}',
        '{te|le} {iria|va|vendria|viene} bien {hablar|charlar|una llamada|una entrevista|vernos|quedar|conversar}',
        '{nos gustaria|me gustaria|queremos|quisieramos|nos encantaria|me encantaria} {hablar|charlar|conversar|tener una llamada} {contigo|con usted}',
      ],
      medium: ['entrevista final', '{tienes|tendrias|tiene|tendria} disponibilidad {el|este|esta|manana|la proxima|para}'],
    },
    nl: {
      strong: [
        '{gesprek|afspraak|interview|kennismaking} ~ {verplaatsen|verzetten|verschuiven}',
        '{welk|welke} {moment|tijdstip|van deze momenten|van deze tijden} {je|u|jou} {het beste |}{uitkomt|past}',
        '{heb|hebben} {je|jou|u} een {agenda uitnodiging|uitnodiging} {gestuurd|verstuurd}',
        '{gesprek|afspraak|interview} ~ {later|eerder} {doen|plannen|zetten|houden}',
        '{doen|spreken|afspreken|houden|bellen} in plaats van {maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|vandaag}',
      ],
      medium: ['agenda uitnodiging', 'eindgesprek'],
    },
    pt: {
      strong: [
        '{remarcar|reagendar|adiar|mudar|mover|antecipar} {a|nossa|sua|a sua|a nossa} ~ {entrevista|conversa|reuniao|chamada}',
        '{qual|quais} {desses|destes} horarios {funciona|funcionam|fica|ficam}',
        '{enviei|enviamos} um convite',
        '{podemos|poderiamos|podes|pode} ~ em vez de',
        '{teria|tem|terias|tens} disponibilidade ~ para {uma|um} {primeira |segunda |nova |}{conversa|entrevista|reuniao|chamada|bate papo}',
        '{gostariamos de|queremos|gostaria de|adorariamos} {conversar|falar|bater um papo} com {voce|vc|voces}',
      ],
      medium: ['entrevista final', '{voce|vc} {tem|teria} disponibilidade'],
    },
    it: {
      strong: [
        '{spostare|posticipare|anticipare|rinviare|riprogrammare} {il|il tuo|il suo|il nostro|l} ~ {colloquio|incontro|call|appuntamento}',
        '{quale|quali} di questi orari {ti|le} {va|vanno|andrebbe|andrebbero} bene',
        '{ti|le} {ho|abbiamo} inviato un invito',
        '{fare|farci} {due chiacchiere|una chiacchierata} con {te|lei}',
      ],
      medium: [
        'colloquio finale',
        '{sei|e|saresti|sarebbe} disponibile {lunedi|martedi|mercoledi|giovedi|venerdi|domani|per|questa settimana|la prossima settimana}',
      ],
    },
  },
  offer: {
    en: {
      strong: [
        '{bring|have|welcome|get} you {on board|onboard|aboard|on the team|into the team|onto the team}',
        '{have you|you to} {join the team|join our team|join us as}',
        '{approved|signed off} {your|on your} {hire|hiring|offer}',
        '{want|need} you on {the|our} team',
        '{the|this} {job|role|position} is yours',
        '{you got|you ve got|you have got} the {job|role|position}',
        '{selected|chosen} you for the {role|position|job}',
      ],
      medium: [
        'paperwork',
        'move {ahead|forward} with you {for|as} {the|our}',
        '{details of|details of the|details of your} {package|compensation}',
        'package attached',
      ],
    },
    de: {
      strong: [
        // "dass wir dich sehr gern als Entwickler bei uns an Bord hätten"
        'an bord {hatten|haben mochten|holen|begrussen|willkommen heissen}',
        '{dir|ihnen} eine zusage {geben|machen|erteilen|aussprechen|senden}',
        '{mochten|wurden|wollen} {dich|sie} {gern |gerne |}{einstellen|ins team holen}',
        'dass {du|sie} die {stelle|position} {bekommst|bekommen|erhaltst|erhalten}',
        'die {stelle|position} {gehort|ist} {dir|ihnen|deine|ihre}',
        '{dich|sie} {sehr |}{gern|gerne} {im|in unserem} team {haben|begrussen|willkommen heissen}',
      ],
      medium: [
        '{den|deinen|ihren|der|dein|ihr} {vertrag|arbeitsvertrag} {bekommst|erhaltst|erhalten|bekommen|schicke|schicken|sende|senden|kommt|folgt}',
      ],
    },
    fr: {
      strong: [
        '{souhaitons|aimerions|voudrions} {vous|te} {recruter|embaucher|compter parmi nous}',
        '{vous|te} accueillir {dans l equipe|au sein de l equipe|parmi nous|dans notre equipe}',
        'le poste est {a vous|pour vous|a toi|pour toi}',
        'retenons votre candidature pour le poste',
        '{vous|te} {faire|adresser|transmettre|envoyer} {une|notre} {offre|proposition} {pour le poste|d embauche|de contrat|pour ce poste|ferme}',
      ],
    },
    es: {
      strong: [
        '{queremos|nos gustaria|nos encantaria} contar contigo {para el puesto|para la posicion|en el equipo|en nuestro equipo|como}',
        '{queremos|nos gustaria|nos encantaria} {incorporarte|ficharte|contratarte}',
        '{decidido|elegido|optado por} contar contigo',
        '{eres|has sido} {la persona|el candidato|la candidata} {elegida|elegido|seleccionada|seleccionado}',
        '{el puesto|la posicion|el trabajo|la plaza} es {tuyo|tuya|suyo|suya}',
        '{te|le} {envio|enviamos|adjunto|adjuntamos|mando|mandamos} {la|nuestra} propuesta',
        'que {formaras|formes|formase|formaseis} parte {del|de nuestro} equipo',
      ],
      medium: ['{te|le} {paso|envio|enviamos|mando|mandamos|adjunto} las condiciones'],
    },
    nl: {
      strong: [
        '{je|jou|u} {graag |}{aannemen|in dienst nemen}',
        'de {baan|functie|positie} is van {jou|u}',
        '{doen|sturen|maken} {we |wij |ik |}{je|jou|u} {graag |}{een|ons} aanbod',
        '{je|jou|u} {graag |}een {contract|arbeidscontract|arbeidsovereenkomst|baan|functie} {aanbieden|aan te bieden}',
      ],
    },
    pt: {
      strong: [
        '{queremos|gostariamos de|adorariamos} {contratar|ter|contar com} {voce|te|vc} {na equipe|no time|no nosso time|na nossa equipe|como}',
        '{voce|vc} foi {aprovado|aprovada|selecionado|selecionada} para {a vaga|o cargo|a posicao}',
        'a vaga e {sua|tua}',
        '{te|lhe} fazer uma proposta {para a vaga|de trabalho|de emprego|para o cargo|para a posicao}',
      ],
      medium: ['{nossa|a nossa|segue a|segue nossa} proposta'],
    },
    it: {
      strong: [
        '{vorremmo|ci piacerebbe} {assumerti|assumerla}',
        '{deciso|scelto|felici|lieti|contenti|piacere} di {assumerti|assumerla}',
        '{il posto|il ruolo|la posizione} e {tuo|tua|suo|sua}',
        '{ti|le} {inviamo|invio|alleghiamo|allego|mandiamo} {la nostra |la |}proposta',
        '{farti|farle} {un offerta|una proposta} {per la posizione|di lavoro|di assunzione|per il ruolo}',
        '{vorremmo|ci piacerebbe} {averti|averla|accoglierti|accoglierla} {nel|nella|in} {team|squadra|nostra squadra|nostro team}',
      ],
    },
  },
  assessment: {
    en: {
      strong: ['practical {test|exercise|task|assignment|assessment}'],
    },
  },
};
