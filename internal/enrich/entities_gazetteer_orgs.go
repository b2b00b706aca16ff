package enrich

import "strings"

// knownOrganizations are companies, media and bodies famous enough that
// news names them bare, with nothing around them to tell a company from a
// person ("Apple said", "Google's Stadia") or a place ("at Disney").
// Lower-cased; only whole names match.
var knownOrganizations = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(knownOrganizationTable, "\n") {
		for _, n := range strings.Split(line, ",") {
			if n = strings.TrimSpace(n); n != "" {
				m[strings.ToLower(n)] = true
			}
		}
	}
	return m
}()

const knownOrganizationTable = `Apple, Google, Alphabet, Microsoft, Amazon, Meta, Facebook, Instagram, WhatsApp, Twitter, TikTok, ByteDance
Netflix, Tesla, SpaceX, Blue Origin, Uber, Lyft, Airbnb, Samsung, Sony, Nintendo, Intel, AMD, Nvidia, Qualcomm, IBM
Oracle, Salesforce, Adobe, Cisco, Huawei, Xiaomi, Alibaba, Tencent, Baidu, Disney, Walt Disney, Boeing, Airbus
Toyota, Honda, Nissan, Ford Motor, General Motors, Volkswagen, BMW, Mercedes-Benz, Audi, Porsche, Ferrari, Renault, Peugeot
Stellantis, Hyundai, Kia, Volvo, Walmart, Costco, McDonald's, Starbucks, Coca-Cola, PepsiCo, Pepsi, Nike, Adidas
Shell, BP, ExxonMobil, Exxon, Chevron, Pfizer, Moderna, AstraZeneca, Johnson & Johnson, Goldman Sachs, JPMorgan
JPMorgan Chase, Morgan Stanley, Citigroup, Barclays, HSBC, Deutsche Bank, BlackRock, Berkshire Hathaway, Visa
Mastercard, PayPal, Spotify, Snapchat, Reddit, YouTube, LinkedIn, Zoom, Lenovo, Logitech, Siemens
Nokia, Ericsson, Vodafone, Verizon, AT&T, T-Mobile, Comcast, WeWork, SoftBank, Salesforce, Qualcomm, Oracle
CNN, BBC, Reuters, Bloomberg, Fox News, NBC, CBS, ESPN, HBO, Warner Bros, Paramount, Pixar, Marvel, Lucasfilm
Ubisoft, Activision, Epic Games, Electronic Arts, The New York Times, The Washington Post, The Guardian
NASA, FBI, CIA, NATO, United Nations, UN, IMF, World Bank, WTO, OPEC, UNESCO, UNICEF, Red Cross, Greenpeace
Amnesty International, Federal Reserve, FIFA, UEFA, NFL, NBA, MLB, NHL, Premier League, Wikileaks, WikiLeaks
Wired, TechCrunch, Engadget, Axios, Politico, BuzzFeed, HuffPost, Variety, Billboard, Rolling Stone, Forbes
Newsweek, The Economist, Financial Times, Wall Street Journal, USA Today, Associated Press, AFP, NPR, PBS
Al Jazeera, Sky News, Le Monde, Der Spiegel
White House, Kremlin, Pentagon, Downing Street, Elysee, Élysée, Congress, Parliament, Senate, Bundestag, Knesset, Duma
The Verge, Hollywood Reporter, The Hollywood Reporter, Argus Leader, Hawaii News Now, TheWrap, Deadline Hollywood`
