package web

// APIRoutesForTest lists the API's operations as "METHOD /path".
func APIRoutesForTest() []string {
	var s Server
	var out []string
	for _, r := range s.apiRoutes() {
		out = append(out, r.method+" "+r.pattern)
	}
	return out
}
