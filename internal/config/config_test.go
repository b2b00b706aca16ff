package config

import (
	"strings"
	"testing"
)

func TestProxies(t *testing.T) {
	cases := []struct {
		in      string
		want    []string
		wantErr string
	}{
		{in: "", want: nil},
		{in: "127.0.0.1", want: []string{"127.0.0.1/32"}},
		{in: " 10.0.0.0/8 , ::1 ", want: []string{"10.0.0.0/8", "::1/128"}},
		{in: "10.1.2.3/8", wantErr: "host bits set; did you mean 10.0.0.0/8"},
		{in: "::ffff:10.0.0.0/104", want: []string{"10.0.0.0/8"}},
		{in: "::ffff:192.0.2.1", want: []string{"192.0.2.1/32"}},
		{in: "10.0.0.0/8,,", want: []string{"10.0.0.0/8"}},
		{in: "proxy.internal", wantErr: `"proxy.internal" is neither`},
		{in: "10.0.0.0/33", wantErr: `"10.0.0.0/33"`},
	}
	for _, tc := range cases {
		c := Default()
		c.TrustedProxies = tc.in
		got, err := c.Proxies()
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("Proxies(%q) error = %v, want one containing %s", tc.in, err, tc.wantErr)
			}
			if verr := c.Validate(); verr == nil {
				t.Errorf("Validate accepts -trusted-proxies %q", tc.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("Proxies(%q): %v", tc.in, err)
			continue
		}
		var s []string
		for _, p := range got {
			s = append(s, p.String())
		}
		if strings.Join(s, " ") != strings.Join(tc.want, " ") {
			t.Errorf("Proxies(%q) = %v, want %v", tc.in, s, tc.want)
		}
	}
}
