package llm

import (
	"fmt"
	"time"
)

// budget is a sliding one-hour window of calls and tokens. Tokens are
// reserved at the estimate before a call and settled to the reported
// usage after it, so concurrent calls cannot overshoot the cap together.
type budget struct {
	spent []spend
}

type spend struct {
	at     time.Time
	tokens int
}

func (b *budget) prune(now time.Time) {
	cut := 0
	for cut < len(b.spent) && now.Sub(b.spent[cut].at) >= time.Hour {
		cut++
	}
	b.spent = b.spent[cut:]
}

func (b *budget) reserve(now time.Time, tokens, maxCalls, maxTokens int) error {
	b.prune(now)
	if len(b.spent) >= maxCalls {
		return fmt.Errorf("%w: %d calls in the last hour", ErrBudget, len(b.spent))
	}
	used := 0
	for _, s := range b.spent {
		used += s.tokens
	}
	if used+tokens > maxTokens {
		return fmt.Errorf("%w: %d of %d tokens used in the last hour", ErrBudget, used, maxTokens)
	}
	b.spent = append(b.spent, spend{at: now, tokens: tokens})
	return nil
}

// settle replaces the newest reservation of estimate tokens with the
// tokens actually used.
func (b *budget) settle(estimate, used int) {
	for i := len(b.spent) - 1; i >= 0; i-- {
		if b.spent[i].tokens == estimate {
			b.spent[i].tokens = used
			return
		}
	}
}
