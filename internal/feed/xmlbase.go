package feed

import "bytes"

// maskXMLBase renames xml:base attributes (to xml:bas_, same length) so that
// gofeed leaves URLs as written. gofeed treats every xml:base as a directory,
// resolving "img.png" against ".../wp-atom.php" to ".../wp-atom.php/img.png";
// Herald resolves against the bases scanDocument computed per RFC 3986
// instead. Only attribute names inside start tags are touched.
func maskXMLBase(doc []byte) []byte {
	if !bytes.Contains(doc, []byte("xml:base")) {
		return doc
	}
	out := append([]byte(nil), doc...)
	for i := 0; i < len(out); {
		lt := bytes.IndexByte(out[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		rest := out[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			i += skipTo(rest, "-->")
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			i += skipTo(rest, "]]>")
		case bytes.HasPrefix(rest, []byte("<?")), bytes.HasPrefix(rest, []byte("<!")):
			i += skipDeclaration(rest)
		default:
			i += maskTag(rest)
		}
	}
	return out
}

// maskTag masks xml:base in the tag at the start of b and returns its length.
func maskTag(b []byte) int {
	var quote byte
	for j := 1; j < len(b); j++ {
		c := b[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1
		case isSpace(c) && bytes.HasPrefix(b[j+1:], []byte("xml:base")):
			k := j + 1 + len("xml:base")
			for k < len(b) && isSpace(b[k]) {
				k++
			}
			if k < len(b) && b[k] == '=' {
				b[j+len("xml:base")] = '_'
			}
		}
	}
	return len(b)
}

func skipTo(b []byte, marker string) int {
	if end := bytes.Index(b, []byte(marker)); end >= 0 {
		return end + len(marker)
	}
	return len(b)
}
