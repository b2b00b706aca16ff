package extract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeStats are the text measures of one element's subtree.
type nodeStats struct {
	text   int // letters, digits and punctuation, white space not counted
	links  int // of which inside <a>
	commas int
	paras  int // <p> descendants with some text
}

// statsTable holds nodeStats for every element of a tree.
type statsTable map[*html.Node]*nodeStats

// measure computes nodeStats for every element under root in one post-order
// pass without recursion.
func measure(root *html.Node) statsTable {
	st := make(statsTable, 1024)
	type frame struct {
		n      *html.Node
		inLink bool
		done   bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		n := f.n
		if f.done {
			stack = stack[:len(stack)-1]
			if n.Type != html.ElementNode {
				continue
			}
			s := st[n]
			if n.DataAtom == atom.P && s.text > 0 {
				s.paras++
			}
			if p := n.Parent; p != nil && p.Type == html.ElementNode {
				ps := st[p]
				if ps == nil {
					ps = &nodeStats{}
					st[p] = ps
				}
				ps.text += s.text
				ps.links += s.links
				ps.commas += s.commas
				ps.paras += s.paras
			}
			continue
		}
		f.done = true
		inLink := f.inLink
		switch n.Type {
		case html.TextNode:
			t, c := countText(n.Data)
			if p := n.Parent; p != nil && p.Type == html.ElementNode {
				ps := st[p]
				if ps == nil {
					ps = &nodeStats{}
					st[p] = ps
				}
				ps.text += t
				ps.commas += c
				if inLink {
					ps.links += t
				}
			}
			continue
		case html.ElementNode:
			if st[n] == nil {
				st[n] = &nodeStats{}
			}
			if n.DataAtom == atom.A {
				inLink = true
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c, inLink: inLink})
		}
	}
	return st
}

// countText counts the non-space characters and commas of s.
func countText(s string) (chars, commas int) {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			i++
			switch b {
			case ' ', '\n', '\t', '\r', '\f':
				continue
			case ',':
				commas++
			}
			chars++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			continue
		}
		if r == '，' || r == '、' || r == '،' {
			commas++
		}
		chars++
	}
	return chars, commas
}

// linkDensity is the share of n's text inside links.
func (st statsTable) linkDensity(n *html.Node) float64 {
	s := st[n]
	if s == nil || s.text == 0 {
		return 0
	}
	return float64(s.links) / float64(s.text)
}
