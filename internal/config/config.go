// Package config holds Herald's settings. Values come from flags, with
// HERALD_* environment variables as defaults; nothing reads them globally.
package config

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is everything a Herald process is told.
type Config struct {
	DB      string // SQLite file path (a postgres:// URL is refused until that backend exists)
	Addr    string // where serve listens
	BaseURL string // the site's public address, for feeds, sitemaps and canonical links
	// TrustedProxies lists the reverse proxies (IPs or CIDRs, comma
	// separated) whose X-Forwarded-For names the client.
	TrustedProxies string
	AllowPrivate   bool // let the fetcher reach loopback/private addresses
	UserAgent      string
	Workers        int
	HostDelay      time.Duration // least time between two requests to one host
	PollMin        time.Duration
	PollMax        time.Duration
	LogLevel       string

	// An optional OpenAI-compatible endpoint for abstractive summaries and
	// answers; Herald works fully offline without it.
	LLMURL     string
	LLMModel   string
	LLMKey     string
	LLMTimeout time.Duration

	// AdminToken enables operator actions in the API; environment only.
	AdminToken string

	// envErrs are HERALD_* variables whose values did not parse; Validate
	// reports them rather than letting a typo run on the default.
	envErrs []error
}

// Default is the embedded single-binary setup.
func Default() Config {
	return Config{
		DB:        "herald.db",
		Addr:      ":8080",
		Workers:   8,
		HostDelay: time.Second,
		PollMin:   5 * time.Minute,
		PollMax:   6 * time.Hour,
		LogLevel:  "info",

		LLMTimeout: 30 * time.Second,
	}
}

// Flags registers the shared settings on fs, with defaults taken from the
// environment where set.
func (c *Config) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.DB, "db", env("HERALD_DB", c.DB), "SQLite database file (env HERALD_DB; PostgreSQL is not supported yet)")
	fs.StringVar(&c.BaseURL, "base-url", env("HERALD_BASE_URL", c.BaseURL), "public address of the site, e.g. https://news.example.org (env HERALD_BASE_URL; empty: taken from each request)")
	fs.StringVar(&c.TrustedProxies, "trusted-proxies", env("HERALD_TRUSTED_PROXIES", c.TrustedProxies),
		"reverse proxies whose X-Forwarded-For names the client, as IPs or CIDRs, comma separated, e.g. 127.0.0.1,10.0.0.0/8 (env HERALD_TRUSTED_PROXIES)")
	fs.BoolVar(&c.AllowPrivate, "allow-private", c.envBool("HERALD_ALLOW_PRIVATE", c.AllowPrivate),
		"allow fetching loopback and private-network addresses (env HERALD_ALLOW_PRIVATE)")
	fs.StringVar(&c.UserAgent, "user-agent", env("HERALD_USER_AGENT", c.UserAgent), "User-Agent for fetches (env HERALD_USER_AGENT)")
	fs.IntVar(&c.Workers, "workers", c.envInt("HERALD_WORKERS", c.Workers), "jobs run at once (env HERALD_WORKERS)")
	fs.DurationVar(&c.HostDelay, "host-delay", c.envDuration("HERALD_HOST_DELAY", c.HostDelay), "least time between two requests to one host (env HERALD_HOST_DELAY)")
	fs.DurationVar(&c.PollMin, "poll-min", c.envDuration("HERALD_POLL_MIN", c.PollMin), "shortest polling interval (env HERALD_POLL_MIN)")
	fs.DurationVar(&c.PollMax, "poll-max", c.envDuration("HERALD_POLL_MAX", c.PollMax), "longest polling interval of a healthy feed (env HERALD_POLL_MAX)")
	c.LLMFlags(fs)
	c.AdminToken = env("HERALD_ADMIN_TOKEN", c.AdminToken)
	fs.StringVar(&c.LogLevel, "log-level", env("HERALD_LOG_LEVEL", c.LogLevel), "debug, info, warn or error (env HERALD_LOG_LEVEL)")
}

// AddrFlag registers -addr, for the commands that serve the site.
func (c *Config) AddrFlag(fs *flag.FlagSet) {
	fs.StringVar(&c.Addr, "addr", env("HERALD_ADDR", c.Addr), "address to serve the site and API on (env HERALD_ADDR)")
}

// LLMFlags registers the optional LLM endpoint's settings on fs: the
// server and `herald enrich` share them.
func (c *Config) LLMFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.LLMURL, "llm-url", env("HERALD_LLM_URL", c.LLMURL), "OpenAI-compatible API base URL, e.g. http://localhost:11434/v1 (env HERALD_LLM_URL; empty: offline only)")
	fs.StringVar(&c.LLMModel, "llm-model", env("HERALD_LLM_MODEL", c.LLMModel), "model name for -llm-url (env HERALD_LLM_MODEL)")
	fs.DurationVar(&c.LLMTimeout, "llm-timeout", c.envDuration("HERALD_LLM_TIMEOUT", c.LLMTimeout), "per-call LLM timeout (env HERALD_LLM_TIMEOUT)")
	c.LLMKey = env("HERALD_LLM_API_KEY", c.LLMKey) // secrets: environment only, never a flag in ps output
}

// knownEnv are the variables Herald reads, for UnknownEnv.
var knownEnv = map[string]bool{"HERALD_DB": true, "HERALD_ADDR": true, "HERALD_BASE_URL": true,
	"HERALD_TRUSTED_PROXIES": true, "HERALD_ALLOW_PRIVATE": true, "HERALD_USER_AGENT": true, "HERALD_WORKERS": true,
	"HERALD_HOST_DELAY": true, "HERALD_POLL_MIN": true, "HERALD_POLL_MAX": true, "HERALD_LOG_LEVEL": true,
	"HERALD_LLM_URL": true, "HERALD_LLM_MODEL": true, "HERALD_LLM_TIMEOUT": true, "HERALD_LLM_API_KEY": true,
	"HERALD_ADMIN_TOKEN": true}

// UnknownEnv lists the HERALD_* names in environ (os.Environ's form) that
// no setting reads: with no config file, a misspelt variable is a
// misspelt key, worth a warning. Test and evaluation variables appear here
// too, which is why it is a warning and not an error.
func UnknownEnv(environ []string) []string {
	var out []string
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "HERALD_") && !knownEnv[name] {
			out = append(out, name)
		}
	}
	return out
}

// EnvError reports the HERALD_* variables whose values did not parse.
func (c Config) EnvError() error { return errors.Join(c.envErrs...) }

// Validate reports settings that cannot work.
func (c Config) Validate() error {
	if err := c.EnvError(); err != nil {
		return err
	}
	switch {
	case c.DB == "":
		return fmt.Errorf("config: -db is empty")
	case c.Workers < 1:
		return fmt.Errorf("config: -workers must be at least 1")
	case c.LLMURL != "" && c.LLMModel == "":
		return fmt.Errorf("config: -llm-url needs -llm-model")
	case c.LLMTimeout < 0:
		return fmt.Errorf("config: -llm-timeout must not be negative")
	case c.HostDelay < 0:
		return fmt.Errorf("config: -host-delay must not be negative")
	case c.PollMin <= 0 || c.PollMax < c.PollMin:
		return fmt.Errorf("config: need 0 < -poll-min <= -poll-max, got %v and %v", c.PollMin, c.PollMax)
	}
	if _, err := c.Proxies(); err != nil {
		return err
	}
	// The logger is made before Validate runs and falls back to info; a
	// typo ("warning") would otherwise change the level without a word.
	var l slog.Level
	if err := l.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return fmt.Errorf("config: -log-level %q: want debug, info, warn or error", c.LogLevel)
	}
	return nil
}

// Proxies parses TrustedProxies: each item an IP address (one host) or a
// CIDR prefix. A prefix with host bits set ("10.1.2.3/8") is refused rather
// than widened: trusting a network by a typo would let any host in it name
// its own clients.
func (c Config) Proxies() ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, item := range strings.Split(c.TrustedProxies, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if p, err := netip.ParsePrefix(item); err == nil {
			if p != p.Masked() {
				return nil, fmt.Errorf("config: -trusted-proxies: %q has host bits set; did you mean %s?", item, p.Masked())
			}
			if a := p.Addr(); a.Is4In6() {
				// Masked, a mapped prefix keeps all 96 mapping bits;
				// clients' addresses are unmapped before the check.
				p = netip.PrefixFrom(a.Unmap(), p.Bits()-96)
			}
			out = append(out, p)
			continue
		}
		a, err := netip.ParseAddr(item)
		if err != nil {
			return nil, fmt.Errorf("config: -trusted-proxies: %q is neither an IP address nor a CIDR prefix", item)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}
func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func (c *Config) envBool(key string, def bool) bool {
	v, ok := os.LookupEnv(key)
	if !ok || v == "" {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		c.envErrs = append(c.envErrs, fmt.Errorf("config: %s=%q: want true or false", key, v))
		return def
	}
	return b
}

func (c *Config) envInt(key string, def int) int {
	v, ok := os.LookupEnv(key)
	if !ok || v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		c.envErrs = append(c.envErrs, fmt.Errorf("config: %s=%q: want a whole number", key, v))
		return def
	}
	return n
}

func (c *Config) envDuration(key string, def time.Duration) time.Duration {
	v, ok := os.LookupEnv(key)
	if !ok || v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		c.envErrs = append(c.envErrs, fmt.Errorf("config: %s=%q: want a duration with a unit, e.g. 90s or 10m", key, v))
		return def
	}
	return d
}
