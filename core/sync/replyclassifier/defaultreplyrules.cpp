#include "sync/replyclassifier/replyrule.h"

namespace prospector::sync {
namespace {

ReplyRule rule(const char *name, ReplyLabel label, bool optOut,
               std::initializer_list<const char *> patterns) {
    ReplyRule r;
    r.name = QString::fromLatin1(name);
    r.label = label;
    r.optOut = optOut;
    for (const char *pattern : patterns) {
        QRegularExpression re(QString::fromLatin1(pattern));
        Q_ASSERT_X(re.isValid(), "defaultReplyRules", pattern);
        re.optimize();
        r.patterns << re;
    }
    return r;
}

} // namespace

QList<ReplyRule> defaultReplyRules() {
    // Order matters and is the point of the design: an opt-out wins over everything (it is a legal
    // obligation, not a mood); an out-of-office is not a reply; "not interested" must be read
    // before "interested"; a reply that both asks for a call and asks a question is positive;
    // polite rejections ("unfortunately", "maybe next year") come last because they often wrap
    // a positive or a question.
    return {
        rule(
            "opt_out", ReplyLabel::Negative, true,
            {
                R"(\bunsubscrib)",
                R"(\bopt(?:-| )?out\b)",
                R"(\b(?:remove|take) (?:me|us|my (?:email|address|name|details))\b.{0,40}\b(?:list|lists|database|mailing|emails?)\b)",
                R"(\b(?:remove|take) me off\b)",
                R"(\bstop (?:emailing|e-mailing|contacting|messaging|sending|spamming|writing)\b)",
                R"(\b(?:do not|don't|dont|never) (?:contact|email|e-mail|message|write to) (?:me|us)\b.{0,20}\b(?:again|anymore|any more)\b)",
                R"(\b(?:no|don't send|do not send) (?:more|further|any more) (?:emails|e-mails|messages)\b)",
                R"(\bdelete (?:my|our) (?:data|details|information|contact)\b)",
                R"(\b(?:reported?|flag(?:ged)?|mark(?:ed)?) (?:you|this|it) as spam\b)",
                R"(\bdesinscri)",
                R"(\bdesabonn)",
                R"(\bretirez[- ]moi\b)",
                R"(\bne (?:plus|pas) (?:me )?(?:recevoir|contacter|ecrire)\b)",
                R"(\bne me (?:contactez|sollicitez|ecrivez) plus\b)",
                R"(\barretez de m'(?:ecrire|envoyer|contacter))",
                R"(\bsupprimez (?:mes|nos) (?:donnees|coordonnees|informations)\b)",
                R"(\babmelden\b)",
                R"(\baustragen\b)",
                R"(\bkeine (?:weiteren |weitere )?(?:e-?mails|nachrichten|werbung)\b)",
                R"(\bnicht mehr (?:kontaktieren|anschreiben|schreiben)\b)",
                R"(\b(?:kontaktieren|schreiben) sie mich (?:bitte )?nicht mehr\b)",
                R"(\bloschen sie meine daten\b)",
                R"(\bentfernen sie mich\b)",
            }),
        rule(
            "auto_reply", ReplyLabel::Neutral, false,
            {
                R"(\bout of (?:the )?office\b)",
                R"(\b(?:automatic|auto)[- ]?reply\b)",
                R"(\bautoreply\b)",
                R"(\bi am (?:currently )?(?:away|on (?:annual |parental |sick )?leave|on vacation|travelling|traveling)\b)",
                R"(\bi'm (?:currently )?(?:away|on (?:annual |parental |sick )?leave|on vacation|travelling|traveling)\b)",
                R"(\blimited access to (?:my )?e-?mail\b)",
                R"(\babsent(?:e)? du bureau\b)",
                R"(\breponse automatique\b)",
                R"(\bje suis (?:actuellement )?(?:absent|en conges?)\b)",
                R"(\babwesenheitsnotiz\b)",
                R"(\bnicht im buro\b)",
                R"(\bich bin (?:derzeit |bis \S+ )?(?:nicht erreichbar|im urlaub|abwesend)\b)",
            }),
        rule(
            "negation", ReplyLabel::Negative, false,
            {
                R"(\b(?:not|never|no longer|isn't|is not|aren't|are not|am not|i'm not|we're not|don't|do not|dont|doesn't|does not|won't|will not|wouldn't|would not)\s+(?:\w+\s+){0,2}?(?:interested|interest|need|want|looking|relevant|a fit|fit|a priority|a match|available|keen)\b)",
                R"(\bno (?:interest|need|thanks|thank you)\b)",
                R"(\bnope\b)",
                R"(\b(?:we'll|we will|i'll|i will) pass\b)",
                R"(\b(?:please )?(?:don't|do not|dont) (?:call|contact|email|follow up)\b)",
                R"(\bpas (?:du tout )?interesse)",
                R"(\bne (?:suis|sommes) pas interesse)",
                R"(\bm'interesse pas\b)",
                R"(\bpas besoin\b)",
                R"(\baucun interet\b)",
                R"(\bnon merci\b)",
                R"(\bkein (?:interesse|bedarf)\b)",
                R"(\bnicht interessiert\b)",
                R"(\bnein,? danke\b)",
                R"(\bbrauchen (?:wir |ich )?(?:das |so etwas )?nicht\b)",
            }),
        rule(
            "positive_intent", ReplyLabel::Positive, false,
            {
                R"(\binterested\b)",
                R"(\bsounds (?:good|great|interesting|promising|perfect)\b)",
                R"(\blet'?s (?:talk|chat|connect|meet|do it|set (?:up|something up)|schedule|find a time|book)\b)",
                R"(\b(?:book|schedule|set up|arrange|grab|hop on|jump on) (?:a |an |some )?(?:quick |short |15 ?min(?:ute)? |30 ?min(?:ute)? )?(?:call|meeting|demo|chat|time)\b)",
                R"(\bhappy to (?:chat|talk|connect|meet|jump on|hop on|learn more|take a look)\b)",
                R"(\b(?:i'm|i am|we're|we are) (?:free|available|open)\b)",
                R"(\b(?:works|work) for (?:me|us)\b)",
                R"(\bsend (?:me |us )?(?:a |an )?(?:calendar )?invite\b)",
                R"(\bcalendly\b)",
                R"(\byes,? please\b)",
                R"(\bcount (?:me|us) in\b)",
                R"(\b(?:would|i'd|we'd) love to\b)",
                R"(\binteresse)",
                R"(\bavec plaisir\b)",
                R"(\bvolontiers\b)",
                R"(\bprenons (?:rendez-vous|un rendez-vous|rdv|un creneau)\b)",
                R"(\b(?:je suis|nous sommes) (?:disponibles?|dispo)\b)",
                R"(\binteressiert\b)",
                R"(\bgerne\b)",
                R"(\bklingt (?:gut|interessant|spannend)\b)",
                R"(\b(?:lassen sie uns|lass uns) (?:sprechen|telefonieren|reden)\b)",
                R"(\btermin (?:vereinbaren|ausmachen)\b)",
            }),
        rule(
            "info_request", ReplyLabel::InfoRequest, false,
            {
                R"(\bmore (?:info|information|details)\b)",
                R"(\btell me more\b)",
                R"(\bsend (?:me |us |over )?(?:some |more |a |the |your )?(?:info|information|details|deck|brochure|pricing|prices|case stud|one-pager|documentation))",
                R"(\bhow much\b)",
                R"(\bpricing\b)",
                R"(\bwhat (?:does|do|is|are) (?:it|this|your|you)\b)",
                R"(\bhow does (?:it|this|that) work\b)",
                R"(\b(?:can|could) you (?:explain|share|send|clarify|tell)\b)",
                R"(\bdo you (?:have|offer|integrate|support|work with)\b)",
                R"(\bplus d'(?:informations?|infos?|details)\b)",
                R"(\bcombien\b)",
                R"(\btarifs?\b)",
                R"(\bpourriez-vous m'envoyer\b)",
                R"(\bpouvez-vous (?:m'envoyer|me dire|preciser|m'expliquer)\b)",
                R"(\b(?:mehr|weitere|nahere) (?:informationen|infos|details)\b)",
                R"(\bwas kostet\b)",
                R"(\bpreise?\b)",
                R"(\bunterlagen\b)",
                R"(\bwie funktioniert\b)",
            }),
        rule(
            "polite_rejection", ReplyLabel::Negative, false,
            {
                R"(\bunfortunately\b)",
                R"(\bnot (?:right )?now\b)",
                R"(\bnot (?:at )?(?:the|this) (?:moment|time)\b)",
                R"(\bbad timing\b)",
                R"(\bno budget\b)",
                R"(\b(?:we|i) (?:already|currently) (?:have|use|work with)\b)",
                R"(\b(?:went|gone|going) with (?:another|a different|someone else)\b)",
                R"(\b(?:we're|we are) (?:all )?(?:set|good)\b)",
                R"(\bhappy with (?:our|the|my) (?:current|existing)\b)",
                R"(\bmaybe (?:later|next (?:year|quarter)|in the future)\b)",
                R"(\b(?:reach out|circle back|check back|try again) (?:again )?(?:in|next) (?:q\d|\w+ (?:months?|quarter|year)|(?:quarter|year|month))\b)",
                R"(\bmalheureusement\b)",
                R"(\bpas (?:pour )?le moment\b)",
                R"(\bpas (?:de|le) budget\b)",
                R"(\bdeja (?:un|une|des) (?:prestataire|fournisseur|outil|solution|partenaire))",
                R"(\bleider\b)",
                R"(\b(?:derzeit|im moment|aktuell) nicht\b)",
                R"(\bkein budget\b)",
                R"(\bbereits (?:einen|eine|ein) (?:anbieter|dienstleister|tool|losung|partner))",
            }),
    };
}

} // namespace prospector::sync
