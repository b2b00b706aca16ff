package extract

import (
	"regexp"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// alwaysBoilerplateClass names furniture removed whatever its size: comment
// threads and recommendation widgets can be longer than the article.
var alwaysBoilerplateClass = regexp.MustCompile(`(?:^|[^a-z])(?:comments?|comment-?list|disqus|outbrain|taboola|related|newsletter|cookie|consent|share|sharing|social|recommend(?:ed|ations?)?|most-?read|popular)(?:$|[^a-z])`)

// cleanTree removes from body what can never be article text: scripts,
// forms, hidden elements, and elements whose class, id or role mark them as
// page furniture. A furniture-named element that holds a long, link-poor text
// is kept: wrappers such as "content with-sidebar" carry the article itself.
func cleanTree(body *html.Node, st statsTable) {
	total := 0
	if s := st[body]; s != nil {
		total = s.text
	}
	var doomed []*html.Node
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode:
			doomed = append(doomed, n)
			return false
		case html.ElementNode:
		default:
			return true
		}
		if n == body || !isBoilerplateElement(n) {
			return true
		}
		if !droppedTags[n.DataAtom] && !hasAttr(n, "hidden") {
			// A furniture-named wrapper that holds much of the page's text is
			// more likely a page wrapper ("body_overlay", "wrp_header") than
			// furniture; its children are judged one by one instead.
			share := 0.35
			if alwaysBoilerplateClass.MatchString(classID(n)) {
				share = 0.6
			}
			if s := st[n]; s != nil && float64(s.text) > share*float64(total) && s.text > 500 {
				return true
			}

		}
		doomed = append(doomed, n)
		return false
	})
	for _, n := range doomed {
		removeNode(n)
	}
}

// dropTags removes elements that never carry article text, before any
// measuring, so that scripts and styles do not count as text.
func dropTags(root *html.Node) {
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type == html.CommentNode || n.Type == html.ElementNode && droppedTags[n.DataAtom] && n.DataAtom != atom.Head {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		removeNode(n)
	}
}
