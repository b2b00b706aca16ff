package feed

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A parser for the slice of Python that feedparser's fixtures use in their
// Expect lines: and/or/not, comparisons (chained ==, is, in), subscripts,
// attribute access, calls (ord, len, .get), and literals (strings with
// escapes and u''/b'' prefixes, numbers, tuples, lists, dicts, None, True,
// False). It builds a tree; conformance_test.go decides what each part means
// for Herald.

type pyNode interface{}

type (
	pyName  struct{ name string }
	pyConst struct{ v any } // string, int64, float64, bool, nil, []any (tuple/list), map[string]any
	pyIndex struct{ x, idx pyNode }
	pyAttr  struct {
		x    pyNode
		name string
	}
	pyCall struct {
		fn   pyNode
		args []pyNode
	}
	pyCompare struct {
		ops      []string
		operands []pyNode
	}
	pyBoolOp struct {
		op string
		xs []pyNode
	}
	pyNot struct{ x pyNode }
)

type pyToken struct {
	kind string // "name", "str", "num", "op", "eof"
	text string
	val  any
}

func tokenizePy(src string) ([]pyToken, error) {
	var toks []pyToken
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case isPyStringStart(src[i:]):
			s, n, err := readPyString(src[i:])
			if err != nil {
				return nil, err
			}
			toks = append(toks, pyToken{kind: "str", val: s})
			i += n
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.' || src[j] == 'e' || src[j] == 'E') {
				j++
			}
			text := src[i:j]
			if strings.ContainsAny(text, ".eE") {
				f, err := strconv.ParseFloat(text, 64)
				if err != nil {
					return nil, err
				}
				toks = append(toks, pyToken{kind: "num", val: f})
			} else {
				n, err := strconv.ParseInt(text, 10, 64)
				if err != nil {
					return nil, err
				}
				toks = append(toks, pyToken{kind: "num", val: n})
			}
			i = j
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			toks = append(toks, pyToken{kind: "name", text: src[i:j]})
			i = j
		case strings.HasPrefix(src[i:], "==") || strings.HasPrefix(src[i:], "!="):
			toks = append(toks, pyToken{kind: "op", text: src[i : i+2]})
			i += 2
		case strings.ContainsRune("()[]{},:.-+", rune(c)):
			toks = append(toks, pyToken{kind: "op", text: string(c)})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, pyToken{kind: "eof"}), nil
}

func isPyStringStart(s string) bool {
	for len(s) > 0 && strings.ContainsRune("uUbBrR", rune(s[0])) {
		s = s[1:]
		if len(s) > 0 && (s[0] == '\'' || s[0] == '"') {
			return true
		}
	}
	return len(s) > 0 && (s[0] == '\'' || s[0] == '"')
}

// readPyString reads one string literal, decoding escapes unless raw.
func readPyString(s string) (string, int, error) {
	i, raw := 0, false
	for s[i] != '\'' && s[i] != '"' {
		if s[i] == 'r' || s[i] == 'R' {
			raw = true
		}
		i++
	}
	q := s[i : i+1]
	if strings.HasPrefix(s[i:], strings.Repeat(q, 3)) {
		q = strings.Repeat(q, 3)
	}
	i += len(q)
	var b strings.Builder
	for i < len(s) {
		c := s[i]
		if strings.HasPrefix(s[i:], q) {
			return b.String(), i + len(q), nil
		}
		if c != '\\' || raw {
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 >= len(s) {
			break
		}
		e := s[i+1]
		i += 2
		switch e {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if i+n > len(s) {
				return "", 0, fmt.Errorf("short \\%c escape", e)
			}
			v, err := strconv.ParseUint(s[i:i+n], 16, 32)
			if err != nil {
				return "", 0, err
			}
			b.WriteRune(rune(v))
			i += n
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return "", 0, fmt.Errorf("unterminated string")
}

type pyParser struct {
	toks []pyToken
	pos  int
}

func parsePy(src string) (pyNode, error) {
	toks, err := tokenizePy(src)
	if err != nil {
		return nil, err
	}
	p := &pyParser{toks: toks}
	n, err := p.or()
	if err != nil {
		return nil, err
	}
	if p.peek().kind != "eof" {
		return nil, fmt.Errorf("trailing input at token %d", p.pos)
	}
	return n, nil
}

func (p *pyParser) peek() pyToken { return p.toks[p.pos] }
func (p *pyParser) next() pyToken { t := p.toks[p.pos]; p.pos++; return t }

func (p *pyParser) isName(s string) bool { t := p.peek(); return t.kind == "name" && t.text == s }
func (p *pyParser) isOp(s string) bool   { t := p.peek(); return t.kind == "op" && t.text == s }

func (p *pyParser) expectOp(s string) error {
	if !p.isOp(s) {
		return fmt.Errorf("expected %q at token %d", s, p.pos)
	}
	p.pos++
	return nil
}

func (p *pyParser) or() (pyNode, error)  { return p.boolOp("or", p.and) }
func (p *pyParser) and() (pyNode, error) { return p.boolOp("and", p.not) }

func (p *pyParser) boolOp(op string, sub func() (pyNode, error)) (pyNode, error) {
	x, err := sub()
	if err != nil {
		return nil, err
	}
	xs := []pyNode{x}
	for p.isName(op) {
		p.pos++
		y, err := sub()
		if err != nil {
			return nil, err
		}
		xs = append(xs, y)
	}
	if len(xs) == 1 {
		return x, nil
	}
	return &pyBoolOp{op: op, xs: xs}, nil
}

func (p *pyParser) not() (pyNode, error) {
	if p.isName("not") {
		p.pos++
		x, err := p.not()
		if err != nil {
			return nil, err
		}
		return &pyNot{x: x}, nil
	}
	return p.compare()
}

func (p *pyParser) compare() (pyNode, error) {
	x, err := p.sum()
	if err != nil {
		return nil, err
	}
	c := &pyCompare{operands: []pyNode{x}}
	for {
		var op string
		switch {
		case p.isOp("=="), p.isOp("!="):
			op = p.next().text
		case p.isName("is"):
			p.pos++
			op = "is"
			if p.isName("not") {
				p.pos++
				op = "is not"
			}
		case p.isName("in"):
			p.pos++
			op = "in"
		case p.isName("not") && p.toks[p.pos+1].kind == "name" && p.toks[p.pos+1].text == "in":
			p.pos += 2
			op = "not in"
		default:
			if len(c.ops) == 0 {
				return x, nil
			}
			return c, nil
		}
		y, err := p.sum()
		if err != nil {
			return nil, err
		}
		c.ops = append(c.ops, op)
		c.operands = append(c.operands, y)
	}
}

// sum folds 'a' + 'b' of string constants, the only addition the fixtures use.
func (p *pyParser) sum() (pyNode, error) {
	x, err := p.unary()
	if err != nil {
		return nil, err
	}
	for p.isOp("+") {
		p.pos++
		y, err := p.unary()
		if err != nil {
			return nil, err
		}
		a, ok1 := x.(*pyConst)
		b, ok2 := y.(*pyConst)
		as, ok3 := a.v.(string)
		bs, ok4 := b.v.(string)
		if !ok1 || !ok2 || !ok3 || !ok4 {
			return nil, fmt.Errorf("+ on non-strings")
		}
		x = &pyConst{v: as + bs}
	}
	return x, nil
}

func (p *pyParser) unary() (pyNode, error) {
	if p.isOp("-") {
		p.pos++
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		if k, ok := x.(*pyConst); ok {
			switch v := k.v.(type) {
			case int64:
				return &pyConst{v: -v}, nil
			case float64:
				return &pyConst{v: -v}, nil
			}
		}
		return nil, fmt.Errorf("unary minus on a non-number")
	}
	return p.postfix()
}

func (p *pyParser) postfix() (pyNode, error) {
	x, err := p.atom()
	if err != nil {
		return nil, err
	}
	for {
		switch {
		case p.isOp("["):
			p.pos++
			idx, err := p.or()
			if err != nil {
				return nil, err
			}
			if err := p.expectOp("]"); err != nil {
				return nil, err
			}
			x = &pyIndex{x: x, idx: idx}
		case p.isOp("."):
			p.pos++
			t := p.next()
			if t.kind != "name" {
				return nil, fmt.Errorf("expected attribute name")
			}
			x = &pyAttr{x: x, name: t.text}
		case p.isOp("("):
			p.pos++
			args, err := p.list(")")
			if err != nil {
				return nil, err
			}
			x = &pyCall{fn: x, args: args}
		default:
			return x, nil
		}
	}
}

// list reads comma-separated expressions up to the closing token.
func (p *pyParser) list(closing string) ([]pyNode, error) {
	var xs []pyNode
	for !p.isOp(closing) {
		x, err := p.or()
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
		if !p.isOp(",") {
			break
		}
		p.pos++
	}
	return xs, p.expectOp(closing)
}

func (p *pyParser) atom() (pyNode, error) {
	t := p.next()
	switch t.kind {
	case "str":
		s := t.val.(string)
		for p.peek().kind == "str" { // implicit concatenation
			s += p.next().val.(string)
		}
		return &pyConst{v: s}, nil
	case "num":
		return &pyConst{v: t.val}, nil
	case "name":
		switch t.text {
		case "None":
			return &pyConst{v: nil}, nil
		case "True":
			return &pyConst{v: true}, nil
		case "False":
			return &pyConst{v: false}, nil
		}
		return &pyName{name: t.text}, nil
	case "op":
		switch t.text {
		case "(":
			xs, err := p.list(")")
			if err != nil {
				return nil, err
			}
			if len(xs) == 1 && p.toks[p.pos-2].text != "," {
				return xs[0], nil
			}
			return constSeq(xs)
		case "[":
			xs, err := p.list("]")
			if err != nil {
				return nil, err
			}
			return constSeq(xs)
		case "{":
			return p.dict()
		}
	}
	return nil, fmt.Errorf("unexpected token %q at %d", t.text, p.pos-1)
}

func (p *pyParser) dict() (pyNode, error) {
	m := map[string]any{}
	for !p.isOp("}") {
		k, err := p.or()
		if err != nil {
			return nil, err
		}
		if err := p.expectOp(":"); err != nil {
			return nil, err
		}
		v, err := p.or()
		if err != nil {
			return nil, err
		}
		kc, ok1 := k.(*pyConst)
		vc, ok2 := v.(*pyConst)
		ks, ok3 := kc.v.(string)
		if !ok1 || !ok2 || !ok3 {
			return nil, fmt.Errorf("dict literal with non-constant entries")
		}
		m[ks] = vc.v
		if !p.isOp(",") {
			break
		}
		p.pos++
	}
	return &pyConst{v: m}, p.expectOp("}")
}

// constSeq folds a tuple or list of constants into one constant.
func constSeq(xs []pyNode) (pyNode, error) {
	vs := make([]any, 0, len(xs))
	for _, x := range xs {
		c, ok := x.(*pyConst)
		if !ok {
			return nil, fmt.Errorf("sequence literal with non-constant entries")
		}
		vs = append(vs, c.v)
	}
	return &pyConst{v: vs}, nil
}

// pyRepr renders a constant the way failure messages quote it.
func pyRepr(v any) string {
	switch x := v.(type) {
	case string:
		if !utf8.ValidString(x) {
			return fmt.Sprintf("%q", x)
		}
		return strconv.Quote(x)
	case nil:
		return "None"
	default:
		return fmt.Sprint(x)
	}
}
