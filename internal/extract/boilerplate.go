package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// droppedTags never hold article text.
var droppedTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Input: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Nav: true, atom.Link: true,
	atom.Meta: true, atom.Dialog: true, atom.Audio: true, atom.Video: true,
	atom.Head: true, atom.Label: true, atom.Menu: true, atom.Map: true,
}

// boilerplateClass matches class and id words of page furniture in the
// templates of many publishers and CMSs.
var boilerplateClass = regexp.MustCompile(`(?:^|[^a-z])(?:` + strings.Join([]string{
	`share`, `sharing`, `social`, `follow`, `newsletter`, `subscri(?:be|ption)`, `signup`,
	`cookie`, `consent`, `gdpr`, `related`, `recommend(?:ed|ations?)?`, `read-?more`,
	`more-?(?:stories|articles|news)`, `also-?read`, `comments?`, `disqus`,
	`breadcrumbs?`, `sidebar`, `widget`, `promo`, `advert(?:isement)?`, `ads?`, `ad-?slot`,
	`sponsor(?:ed)?`, `outbrain`, `taboola`, `popular`, `trending`, `most-?read`, `tags?`,
	`tag-?list`, `tag-?cloud`, `post-?tags`, `entry-?tags`, `keywords`, `pagination`, `pager`, `masthead`, `skip-?link`,
	`print-?(?:button|link|only|icon)`, `toolbar`, `tools`, `banner`, `modal`, `popup`, `overlay`, `paywall`,
	`author-?(?:bio|box|info|card)`, `byline`, `dateline`, `timestamp`, `meta-?data`, `post-?meta`,
	`article-?meta`, `entry-?meta`, `gallery-?nav`, `slide-?(?:nav|count|controls?)`,
	`carousel-?(?:nav|controls?)`, `prev`, `next`, `rating`, `reactions?`, `login`,
	`hidden`, `visually-?hidden`, `is-hidden`, `d-none`, `sr-?only`, `screen-?reader`, `offscreen`, `jump-?link`,
	`inline-?(?:related|promo|ad)`, `see-?also`, `further-?reading`, `donat(?:e|ion)`, `contributions?`, `epic`, `support-?us`, `reader-?revenue`, `membership-?(?:cta|promo|banner|ask|appeal)`, `submeta`,
	`footer`, `header`, `menu`, `navbar`, `nav`, `site-?(?:header|footer|nav)`,
	`copyright`, `disclaimer`, `disclosure`, `affiliate-?(?:links?|notice)`, `feedback`, `survey`, `app-?download`, `cta`, `call-?to-?action`,
	`listen`, `audio-?player`, `video-?player`, `podcast`, `embed-?code`,
}, "|") + `)(?:$|[^a-z])`)

// boilerplateSubstring are furniture words distinctive enough to match
// inside compounds ("fi-cookieconsent", "footerNewsletterBox").
var boilerplateSubstring = regexp.MustCompile(`cookie|consent|newsletter|outbrain|taboola|disqus|gdpr|breadcrumb|paywall|sharing|socialmedia|social-media|popmake|pum-(?:container|overlay|content)|jdgm-|yotpo`)

// contentClass marks containers that a boilerplate word must not remove
// (e.g. "article-body-with-share-tools" is still the body).
var contentClass = regexp.MustCompile(`(?:^|[^a-z])(?:article-?(?:body|content|text)|story-?(?:body|content|text)|entry-?content|post-?(?:body|content)|body-?text|main-?content|articlebody|storycontent|content-?body|rich-?text|prose)(?:$|[^a-z])`)

// harmlessClass removes class words that contain a furniture word but say
// nothing about the element: Drupal's "field--label-hidden", WordPress's
// "tag-<name>" on every post.
var harmlessClass = strings.NewReplacer("label-hidden", "", "overflow-hidden", "", "tag-", "", "category-", "")

// boilerplateRole are ARIA roles of page furniture.
var boilerplateRole = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true, "menubar": true,
	"toolbar": true, "form": true,
}

// isBoilerplateElement reports whether element n is page furniture by its
// tag, role, visibility or class names.
func isBoilerplateElement(n *html.Node) bool {
	if droppedTags[n.DataAtom] {
		return true
	}
	// A blockquote's footer says who the quotation is by (quoteSignature).
	signs := n.Parent != nil && n.Parent.DataAtom == atom.Blockquote
	if n.DataAtom == atom.Footer && !signs || n.DataAtom == atom.Aside || n.DataAtom == atom.Form {
		return true
	}
	if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" && n.DataAtom != atom.Img && n.DataAtom != atom.Figure && n.DataAtom != atom.Figcaption {
		return true
	}
	if boilerplateRole[attr(n, "role")] {
		return true
	}
	if st := attr(n, "style"); st != "" {
		s := strings.ReplaceAll(strings.ToLower(st), " ", "")
		if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
			return true
		}
	}
	ci := classID(n)
	if ci == "" {
		return false
	}
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Main, atom.Article:
		return false
	case atom.Figure, atom.Figcaption, atom.Img, atom.Picture:
		// credit and caption classes look like bylines; keep images.
		return false
	}
	ci = harmlessClass.Replace(ci)
	return (boilerplateClass.MatchString(ci) || boilerplateSubstring.MatchString(ci)) && !contentClass.MatchString(ci)
}

// boilerplateLine matches whole short paragraphs that are furniture in any
// template: share and follow prompts, newsletter pitches, cookie notes,
// "read more" leads, and ad labels. Paragraphs are tested lower-cased.
var boilerplateLine = regexp.MustCompile(`^(?:` + strings.Join([]string{
	`follow us(?: on)?\b.*`, `share (?:this|on|via)\b.*`, `share\b.{0,40}`, `(?:read|see) (?:more|also)\b.{0,200}`,
	`related(?: articles| stories| news| coverage)?:?.{0,200}`, `more (?:from|on|stories|news)\b.{0,120}`,
	`sign up\b.*newsletter.*`, `subscribe\b.{0,200}`, `.{0,80}\bnewsletter\b.{0,120}`,
	`(?:we|this (?:site|website)) uses? cookies.*`, `.{0,60}\bcookies?\b.{0,40}(?:accept|consent|policy).{0,80}`,
	`advertisement`, `advert`, `ad`, `ads`, `iklan`, `publicidad`, `publicité`, `pubblicità`, `reklama`, `реклама`, `광고`, `sponsored(?: content)?`, `click here\b.{0,120}`,
	`short link:?.{0,80}`, `copy link`, `print(?: this)?(?: article)?`, `email(?: this)?(?: article)?`,
	`(?:\d+ )?comments?`, `leave a (?:comment|reply).*`, `loading\.*`, `.{0,40}\ball rights reserved\b.{0,80}`,
	`weiterlesen`, `schon gelesen\??`, `kommentar(?:e)? (?:verfassen|schreiben)`, `explore further`, `bewerten:?`, `aufrufe:.{0,40}`,
	`erstellt am .{0,60}`, `release date:.{0,60}`, `źródło:.{0,80}`, `kontakt:?`, `hazte miembro.*`, `(?:\d+ )?kommentare?(?: insgesamt)?:?.{0,10}`,
	`alle angaben ohne gewähr\.?`, `advertising disclosure`,
	`.{0,80}\b(?:may|might|can|could) (?:earn|receive|get|make) (?:a )?(?:small )?(?:commission|compensation|fee)\b.{0,40}\b(?:links?|purchases?|buy|affiliate)\b.{0,80}`,
	`(?:this (?:article|post|page|story) )?(?:contains|includes|may contain) affiliate links\b.{0,120}`,
	`(?:.{0,200}[.!?]\s+)?(?:this|a version of this) (?:article|story|review|essay)\b.{0,20}\bappear(?:s|ed) in\b.{0,120}\b(?:issue|edition|print)\b.{0,120}\bheadline\b.{0,200}`,
	`(?:.{0,200}[.!?]\s+)?published in the print edition of\b.{0,200}\bheadline\b.{0,200}`, `quellen (?:ausblenden|anzeigen)`, `\(?noch keine bewertungen\)?`,
	`.{0,60}\bweiterlesen`, `continue reading.{0,80}`, `lire la suite.{0,80}`, `seguir leyendo.{0,80}`,
	`seite teilen`, `mit freunden teilen`, `(?:bisher )?keine kommentare`, `comments are closed\.?`, `\(noch keine bewertungen\)`,
	`inhaltsverzeichnis`, `table of contents`, `externer inhalt`, `pdf`, `permalien`, `permalink`, `drucken`, `imprimer`, `zurück`, `back`,
	`(?:foto|fotos|photo|photos|bild|bilder|quelle|credit|credits|image|source|crédit photo|photo credit)\s*:\s*.{0,100}`, `©.{0,100}`,
	`suivez-nous.*`, `partager.{0,40}`, `lire aussi\b.{0,200}`, `à lire aussi\b.{0,200}`, `inscrivez-vous.{0,200}`,
	`folgen sie uns.*`, `teilen.{0,40}`, `mehr zum thema.{0,200}`, `lesen sie auch.{0,200}`, `anzeige`, `werbung`,
	`síguenos.*`, `compartir.{0,40}`, `lee también.{0,200}`, `seguici.*`, `condividi.{0,40}`, `leggi anche.{0,200}`,
	`تابعونا.*`, `تابعنا.*`, `شارك.{0,40}`, `اقرأ (?:أيضا|أيضًا|أيضاً|المزيد).{0,200}`, `إعلان`,
}, "|") + `)$`)

// isBoilerplateText reports whether a short paragraph is template furniture:
// a line of boilerplateLine or a reader appeal.
func isBoilerplateText(s string) bool {
	if len(s) > maxAppealLen {
		return false
	}
	lower := strings.ToLower(strings.TrimSpace(s))
	return len(lower) <= 400 && boilerplateLine.MatchString(lower) || isAppealText(lower)
}

// appealAsk and appealVoice mark a publisher's request for money or
// membership, inside the body or after it: an ask ("we have a small favour
// to ask", "make a contribution", "become a member", "chip in") made in the
// publisher's voice about its own journalism ("our journalism", "readers
// like you", "no paywall"). Either alone is ordinary news copy.
var (
	appealAsk   = regexp.MustCompile(`\b(?:fav(?:ou|o)r to ask|(?:make|making|give|giving) a (?:[\pL£$€\d-]+ ){0,3}(?:contribution|donation|gift)|(?:contribut|donat)(?:e|ing) (?:today|now|once|monthly|from|to (?:us|our|the))|(?:become|becoming) a (?:\pL+ )?(?:member|supporter|patron|subscriber)|chip in|support (?:us|our (?:work|journalism|reporting|newsroom))|every (?:contribution|donation|gift)|(?:one-off|one-time|monthly|recurring) (?:contribution|donation|gift|payment))\b`)
	appealVoice = regexp.MustCompile(`\b(?:our|we)\b.{0,80}\b(?:journalism|reporting|newsroom|journalists)\b|\breaders like you\b|\bno paywall\b|\bindependent (?:journalism|reporting|news)\b|\breader-(?:funded|supported)\b`)
)

// maxAppealLen is the longest paragraph taken for a reader appeal, in bytes.
const maxAppealLen = 800

// isAppealText reports whether a paragraph asks the reader to pay for the
// publisher's journalism. A quotation is someone else's voice, so it never is.
func isAppealText(lower string) bool {
	if len(lower) > maxAppealLen || strings.ContainsAny(lower, "\"“”«»„") {
		return false
	}
	return appealAsk.MatchString(lower) && appealVoice.MatchString(lower)
}

// metaLine matches short lines of article metadata left in the body: dates
// of publication and update, reading times, an Arabic byline ("كتب: …
// / نشر في: …").
var metaLine = regexp.MustCompile(`(?i)^(?:(?:first |last )?(?:posted|published|updated|modified|created)(?: on| at)?\b|(?:veröffentlicht|aktualisiert|zuletzt aktualisiert|stand)\b|(?:publié|mis à jour|modifié) le\b|(?:publicado|atualizado|actualizado)(?: em| el| en)?\b|(?:pubblicato|aggiornato)\b|tempo de leitura|reading time|lesezeit|temps de lecture|\d+ min(?:ute)?s? read\b|\d+ min\.? (?:de )?(?:lecture|leitura|lectura|lesezeit)|updated at \d|(?:categor(?:y|ies|ía|ie)|kategorie|rubrik|release date|aufrufe|views|tags?|schlagw(?:orte|örter)|stichworte|etiquetas|mots-clés)\s*:|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$|(?:www\.)?[a-z0-9-]+\.(?:com|net|org|de|ch|at|fr|es|it|co\.uk)$|(?:كتب|كتبت|نشر في|نُشر في|آخر تحديث|تاريخ النشر|تحديث)\s*:|بقلم\s)`)

// sectionStop matches short lines and headings that open a list of other
// articles or promotions rather than continuing the body.
var sectionStop = regexp.MustCompile(`(?i)^(?:more great .* stories|more from|more on this(?: story| topic)?|more stories|(?:explore|browse|discover|find|see|read) more (?:on|about|from) (?:these|this|the) (?:topics?|subjects?|tags?|themes?)|(?:\W{1,5}|(?:and|but|oh|so),? |there['’]?s |just )+one more thing|(?:\W{1,5}|(?:and|but|oh|so),? )+before you go|before you go(?:…|\.\.\.)|support (?:us|our (?:work|journalism|reporting|newsroom)|independent (?:journalism|news|media|reporting))|more:|related(?: articles| stories| content| posts| coverage| reading)?:?|read (?:more|next|also):?|recommended(?: for you| stories)?:?|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|trending(?: now| news)?:?|don'?t miss:?|most (?:popular|read|viewed)|popular (?:stories|posts)|editor'?s picks|also (?:read|on)|see also:?|further reading|top stories|latest (?:news|stories)|você (?:pode|também pode) gostar|leia também|veja também|lesen sie auch|mehr zum thema|weitere artikel|das könnte sie auch interessieren|à lire aussi|lire aussi|sur le même sujet|vous aimerez aussi|lee también|te puede interesar|leggi anche|ti potrebbe interessare|اقرأ أيضا|اقرأ أيضًا|مواضيع ذات صلة|اخترنا لك|zum weiterlesen|mehr themen|weitere \pL+(?: .{0,40})?|audios? et vidéos.{0,40}|vidéos? sur le (?:même )?sujet|más sobre .{0,40}|heute empfehlen wir|highlights aus dem heft:?|mehr kolumnen.{0,40}|vorschau auf den nächsten artikel|(?:das|dies)(?: thema)? könnte (?:dich|sie|euch) auch interessieren|auch interessant|aktuelle (?:berichte|artikel|beiträge)(?: .{0,40})?|empfehlungen(?: .{0,30})?|lust auf mehr\??|über (?:den autor|die autorin)|about the author|mehr zu .{0,40}|weiterführende (?:informationen|links|artikel)|quellenangaben|quellen|sources|references|passend zum thema|(?:\d+ )?(?:comments?|kommentare?|commentaires?|comentarios?|commenti)|leave a (?:reply|comment)|schreibe einen kommentar|kommentar (?:verfassen|schreiben)|deja (?:un comentario|una respuesta)|laisser un commentaire|lascia un commento|ähnliche beiträge|related posts|you might also like|das könnte dich auch interessieren|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|themen))\W{0,5}$`)

// hasWordChars reports whether s has a letter or digit.
func hasWordChars(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
