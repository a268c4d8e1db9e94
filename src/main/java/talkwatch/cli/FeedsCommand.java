package talkwatch.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import talkwatch.config.Config;
import talkwatch.config.ConfigLoader;
import talkwatch.feed.Feed;

/**
 * {@code talkwatch feeds import FILE.opml} and {@code talkwatch feeds export}: moving subscription lists between
 * talkwatch and other feed readers. Import prints YAML to paste under {@code feeds:} rather than rewriting the
 * configuration, so the operator's comments and layout stay theirs and nothing changes unseen.
 */
@Command(
        name = "feeds",
        mixinStandardHelpOptions = true,
        description = "Import feeds from OPML, or export the configured feeds as OPML.",
        subcommands = {FeedsCommand.Import.class, FeedsCommand.Export.class})
public final class FeedsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: import or export");
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Print the OPML file's feeds as YAML entries to add under 'feeds:' in the configuration, "
                    + "leaving out those already configured (same URL) and any that are not http(s).")
    static final class Import implements Callable<Integer> {
        private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");

        @Mixin
        ConfigOption config;

        @Parameters(paramLabel = "FILE.opml", description = "An OPML 1.0 or 2.0 subscription list.")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Feed> configured = Files.exists(config.file)
                    ? new ConfigLoader(Map.of()).load(config.file).feeds()
                    : List.of();
            Set<String> urls = new HashSet<>();
            Set<String> ids = new HashSet<>();
            configured.forEach(feed -> {
                urls.add(feed.url().toString());
                ids.add(feed.id());
            });
            StringBuilder yaml = new StringBuilder();
            int added = 0;
            int known = 0;
            int refused = 0;
            for (Opml.Outline outline : Opml.read(file)) {
                Optional<URI> url = httpUrl(outline.xmlUrl());
                if (url.isEmpty()) {
                    refused++;
                    continue;
                }
                if (!urls.add(url.get().toString())) {
                    known++;
                    continue;
                }
                String name = outline.title().isEmpty() ? url.get().getHost() : outline.title();
                yaml.append("  - id: ")
                        .append(uniqueId(outline.title(), url.get(), ids))
                        .append('\n');
                yaml.append("    name: ").append(quoted(name)).append('\n');
                yaml.append("    url: ").append(quoted(url.get().toString())).append('\n');
                added++;
            }
            var out = spec.commandLine().getOut();
            out.printf(
                    "# %d %s from %s to add under feeds: in %s (%d already configured, %d not http(s), left out)%n",
                    added, added == 1 ? "feed" : "feeds", file, config.file, known, refused);
            out.print(yaml);
            out.flush();
            return 0;
        }

        private static Optional<URI> httpUrl(String value) {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                        ? Optional.of(uri)
                        : Optional.empty();
            } catch (java.net.URISyntaxException e) {
                return Optional.empty();
            }
        }

        /** A config id from the title's Latin letters, else the host; "-2", "-3"… when taken. */
        private static String uniqueId(String title, URI url, Set<String> ids) {
            String base = slug(title);
            if (base.length() < 3) {
                base = slug(url.getHost().replaceFirst("^(www|feeds?|rss)\\.", ""));
            }
            if (base.isEmpty()) {
                base = "feed";
            }
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }

        /** Lower-case Latin letters, digits and dashes, at most 32 (ids may have 40, with room for "-2"). */
        private static String slug(String text) {
            String slug = NOT_ID.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
            slug = slug.replaceAll("^-+", "");
            return (slug.length() > 32 ? slug.substring(0, 32) : slug).replaceAll("-+$", "");
        }

        private static String quoted(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Print the configured feeds as an OPML 2.0 document on standard output.")
    static final class Export implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Config loaded = new ConfigLoader(Map.of()).load(config.file);
            spec.commandLine().getOut().print(Opml.write(loaded.feeds(), Optional.empty()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
