package io.newsflow.ingest.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kinds of boilerplate news sites wrap around an article, each as patterns for one whole
 * sentence (or line). They are written for the imperative, self-promoting way these lines are
 * phrased ("Sign up to our newsletter", "Share this article"), so that reporting about the same
 * subjects ("the company's app", "subscribers fell") is left alone; measured on the BBC set.
 */
enum BoilerplateKind {

    DONATION_OR_SUBSCRIPTION(
            "(please )?(support|fund|help fund|back) (our|independent|quality|local|trusted|public[- ]interest|fearless|this) (\\w+ )?(journalism|reporting|newsroom|work)\\b.*",
            ".*\\b(donate|make a (one-off |monthly )?(donation|contribution)) (now|today|here|from just|from as little)\\b.*",
            "(donate|contribute|subscribe|subscribe now|subscribe today|join us|become an? (\\p{L}+ ){0,3}(subscriber|member|supporter|patron|friend))\\b.{0,120}",
            "(we|our (journalism|newsroom|reporting)|(this|our) (site|newspaper)) (rely|relies|depend|depends) on (readers|you|your support|the support)\\b.*",
            "(already (a|an) (subscriber|member)|(log|sign) ?in|register) to (continue|read|keep reading|access)\\b.*",
            "(this (article|story|content) is (only )?(for|available to|exclusive to) (subscribers|members))\\b.*",
            "(get|enjoy|try) (unlimited|full|\\d+ (days|weeks|months) of) (digital )?access\\b.*",
            "(start|claim) your (free )?trial\\b.*",
            "if you (value|appreciate|enjoyed|like) (this|our|what we do|reading)\\b.{0,200}(support|donat|subscri|contribut)\\w*.*"),

    NEWSLETTER_OR_APP(
            "(sign up|subscribe|register) (for|to) (our|the|my|\\w+'s|\\w+’s)( free)?( \\w+){0,4} (newsletters?|briefings?|email|bulletin|alerts?)\\b.*",
            "(get|receive) (our|the)( free)?( \\w+){0,4} (newsletters?|briefings?)\\b.*",
            ".{0,80}\\b(delivered|straight|direct) (straight |direct )?to your inbox\\b.*",
            "(newsletter|newsletters)( sign-?up)?:?",
            "(download|get|install|try) (our|the)( free)?( \\w+){0,3} app\\b.*",
            ".{0,60}\\bavailable (on|in) (the )?(app store|google play)\\b.*",
            "(turn on|enable|get) (push )?(notifications|news alerts|breaking news alerts)\\b.*"),

    COMMENTS(
            "(join|start|continue) the (conversation|discussion|debate)\\b.*",
            "(leave|post|add|write) a (comment|reply)\\b.*",
            "comments? (are|is) (now )?(closed|open|disabled)\\b.*",
            "(have your say|tell us what you think|what do you think\\?|let us know (what you think|in the comments))\\b.*",
            "(view|show|read|load) (all )?(\\d+ )?comments?\\b.*",
            "\\d+ comments?",
            "be the first to comment\\b.*",
            "comments? below\\b.*"),

    SHARE_OR_FOLLOW(
            "(share|email|print|tweet) (this|the) (article|story|page|post)\\b.*",
            "(share|post|tweet) (on|to|via) (facebook|twitter|x|whatsapp|linkedin|email|reddit|bluesky|threads)\\b.*",
            "follow (the )?(us|@\\w+|[\\p{Lu}][\\p{L}.'’-]*( [\\p{Lu}][\\p{L}.'’-]*){0,3}) on (twitter|x|facebook|instagram|tiktok|threads|bluesky|linkedin|youtube|mastodon|telegram|whatsapp)\\b.*",
            "(click|tap) (here )?to share\\b.*",
            "(share|follow|copy link)( this)?:?",
            "((share|facebook|twitter|x|whatsapp|email|e-mail|linkedin|reddit|print|copy link|messenger|pinterest|telegram|bluesky|threads|flipboard)[\\s,|/·•]*){2,}"),

    COOKIE_NOTICE(
            "(we|this (site|website)|our (site|website)) uses? cookies\\b.*",
            "(accept|allow|reject|manage) (all )?cookies\\b.*",
            "cookie (policy|settings|preferences|consent)\\b.*",
            "by (continuing to (use|browse)|using) (this|our) (site|website)\\b.*"),

    RELATED_LINKS(
            // A link line: "Read more: ...", "Related: ..." (the colon tells it from a sentence starting "Related ...").
            "(read more|read next|related|see also|also read|more|watch|listen|recommended|related \\w+|tags|topics|filed under|categories)\\s?:\\s?.{1,160}",
            // A heading over a list of links.
            "(read more|related|see also|more on this story|more from [\\p{L} ]{1,40}|recommended( for you)?|you (may|might) also like|most (read|popular|viewed|shared)|also read|related (articles|stories|content|topics|coverage|links)|top stories|trending( now)?|more stories|latest (news|stories)|more news)"),

    ADVERTISING(
            "advertisement|advertising|sponsored( content)?|ad|promoted( content)?|paid (post|content)",
            "(story|article|content) continues (below|after)( the)? (advertisement|ad|this ad)\\b.*",
            "(skip|close) (advert|advertisement|ad)\\b.*"),

    CREDIT_OR_NOTICE(
            "(image|photo|picture|video|graphic)( source| caption| credit| copyright)[,:]? [^.]{1,80}",
            "(image|photo|picture|graphic): [^.]{1,80}",
            "\\(?(photo|image|picture) (by|credit|courtesy)\\b[^.]{1,100}\\)?",
            "(copyright\\s*(©|\\(c\\))?\\s*\\d{4}|©).{0,120}|.{0,120}\\ball rights reserved\\b.*",
            "this (article|story|piece) (was|is) (originally )?(first )?(published|republished)\\b.{0,200}",
            "(published|updated|last updated|first published)(:| on| at)? ([0-9]{1,4}|(an?|one|two|three|\\d+) (hours?|minutes?|days?) ago|(mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^.]{0,50}",
            "(\\d+ )?(min|minute)s? read"),

    /** What a page's media and templates leave in the text: gallery counters, script notices, CMS shortcodes, disclaimers. */
    MEDIA_OR_TEMPLATE(
            "(image|photo|picture|slide|bild|foto|photo) \\d+ (of|von|de|sur|/) \\d+\\b.{0,120}",
            "\\d+ ?/ ?\\d+",
            "(this|the) (slideshow|gallery|video|content|player|embed) requires (javascript|a browser|flash)\\b.*",
            "(please )?(enable|turn on) javascript\\b.{0,120}",
            "\\[/?[a-z_][\\w-]*(\\s[^\\]]*)?\\]",
            "(we|this (site|website|page|article|post)) (may|might) (earn|receive|get) (an? )?(small )?(commission|share of (the )?(sales|revenue))\\b.*",
            "(this (article|post|page|story) (contains|may contain|includes) affiliate links|as an amazon associate)\\b.*",
            "(find out more about |read )?(our|the) (editorial (standards|guidelines|policy)|code of (practice|conduct)|corrections policy)\\b.{0,120}",
            "(getty images|reuters|ap photo|afp|dpa|shutterstock|epa|pa media|alamy)( via [\\p{L} ]{1,40})?",
            "(photo|foto|image|bild|credit|crédit)s?: ?[^.]{1,80}");

    private final List<Pattern> patterns;

    BoilerplateKind(String... regexes) {
        this.patterns = java.util.Arrays.stream(regexes)
                .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** Longer sentences are reporting, whatever words they start with; boilerplate lines are short. */
    static final int MAX_SENTENCE = 250;

    // "Share this ➡️", "• Advertisement": decoration around a line is not part of what it says.
    private static final Pattern TRAILING_DECORATION = Pattern.compile("[\\s.!:;,→»›>|•·…➡️👉]+$");
    private static final Pattern LEADING_DECORATION = Pattern.compile("^[\\s•·|▶►]+");

    /** True when the whole sentence, ignoring decoration and trailing punctuation, is of this kind. */
    boolean matches(String sentence) {
        String core = core(sentence);
        return core != null && matchesCore(core);
    }

    private boolean matchesCore(String core) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(core).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The kind of this sentence, or null when it is not boilerplate. */
    static BoilerplateKind of(String sentence) {
        String core = core(sentence);
        if (core == null) {
            return null;
        }
        for (BoilerplateKind kind : values()) {
            if (kind.matchesCore(core)) {
                return kind;
            }
        }
        return null;
    }

    /** The sentence without decoration, or null when it is too long to be boilerplate or empty. */
    private static String core(String sentence) {
        if (sentence.length() > MAX_SENTENCE) {
            return null;
        }
        String core = LEADING_DECORATION.matcher(TRAILING_DECORATION.matcher(sentence.strip()).replaceFirst("")).replaceFirst("");
        return core.isEmpty() ? null : core;
    }
}
