package config

import (
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
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

// A HERALD_* variable that does not parse is a mistake to report, not a
// reason to run quietly on the default (HERALD_POLL_MIN=5 has no unit).
func TestBadEnvironmentValuesAreReported(t *testing.T) {
	t.Setenv("HERALD_WORKERS", "eight")
	t.Setenv("HERALD_POLL_MIN", "5")
	t.Setenv("HERALD_ALLOW_PRIVATE", "yes please")
	t.Setenv("HERALD_LLM_TIMEOUT", "30")
	c := Default()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	c.Flags(fs)
	if err := fs.Parse(nil); err != nil {
		t.Fatal(err)
	}
	err := c.Validate()
	if err == nil {
		t.Fatal("Validate accepts unparsable HERALD_* values")
	}
	for _, want := range []string{`HERALD_WORKERS="eight"`, `HERALD_POLL_MIN="5"`, `HERALD_ALLOW_PRIVATE="yes please"`, `HERALD_LLM_TIMEOUT="30"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() = %v, want it to name %s", err, want)
		}
	}
}

func TestGoodEnvironmentValuesAreUsed(t *testing.T) {
	t.Setenv("HERALD_WORKERS", "3")
	t.Setenv("HERALD_POLL_MIN", "10m")
	t.Setenv("HERALD_ALLOW_PRIVATE", "true")
	c := Default()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	c.Flags(fs)
	if err := fs.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Workers != 3 || c.PollMin != 10*time.Minute || !c.AllowPrivate {
		t.Fatalf("got workers %d, poll-min %v, allow-private %t", c.Workers, c.PollMin, c.AllowPrivate)
	}
}

func TestLogLevel(t *testing.T) {
	for _, level := range []string{"debug", "info", "warn", "error", "WARN"} {
		c := Default()
		c.LogLevel = level
		if err := c.Validate(); err != nil {
			t.Errorf("-log-level %s: %v", level, err)
		}
	}
	for _, level := range []string{"warning", "verbose", ""} {
		c := Default()
		c.LogLevel = level
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "-log-level") {
			t.Errorf("-log-level %q: Validate() = %v, want an error naming -log-level", level, err)
		}
	}
}

// README: every flag also reads an environment variable; -addr too, for
// service managers and containers that configure by environment.
func TestAddrFromEnvironment(t *testing.T) {
	t.Setenv("HERALD_ADDR", "127.0.0.1:9090")
	c := Default()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	c.AddrFlag(fs)
	if err := fs.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if c.Addr != "127.0.0.1:9090" {
		t.Fatalf("Addr = %q, want HERALD_ADDR's 127.0.0.1:9090", c.Addr)
	}
	if err := fs.Parse([]string{"-addr", ":7070"}); err != nil || c.Addr != ":7070" {
		t.Fatalf("-addr :7070 gives %q, %v", c.Addr, err)
	}
}

// There is no config file: a HERALD_* variable is a setting's key, and a
// misspelt one (HERALD_WORKER) would otherwise be ignored without a word.
func TestUnknownEnvironment(t *testing.T) {
	got := UnknownEnv([]string{"HERALD_DB=x.db", "HERALD_WORKER=4", "HERALD_LLM_API_KEY=k", "PATH=/bin",
		"HERALD_POLLMIN=1m", "HERALD_ADDR=:80", "HERALDRY=1"})
	if strings.Join(got, " ") != "HERALD_WORKER HERALD_POLLMIN" {
		t.Fatalf("UnknownEnv = %v, want the two misspelt names only", got)
	}
}

// knownEnv names every variable this package reads, so that a setting
// added without it is not warned of as misspelt.
func TestKnownEnvCoversEveryVariable(t *testing.T) {
	src, err := os.ReadFile("config.go")
	if err != nil {
		t.Fatal(err)
	}
	names := regexp.MustCompile(`"(HERALD_[A-Z_]+)"`).FindAllStringSubmatch(string(src), -1)
	if len(names) < 10 {
		t.Fatalf("found only %d variable names in config.go", len(names))
	}
	for _, m := range names {
		if !knownEnv[m[1]] {
			t.Errorf("config.go reads %s, which knownEnv does not list", m[1])
		}
	}
}
