package com.telephony.localapi;

import static com.telephony.localapi.LocalApiSupport.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code infra/local-api.sh --data-dir DIR} as a user runs it twice: the local API starts its own engine (dynalite
 * keeping LevelDB in DIR), and what was made before the restart is there after it.
 */
class LocalApiDataDirIT {
    private static final Pattern CONFIG_ID = Pattern.compile("\"CONFIG_ID\":\"(\\d+)\"");

    @Test
    void linesSurviveARestartWithTheSameDataDirectory(@TempDir Path dataDir) throws Exception {
        String configId;
        try (LocalApi api = LocalApi.start(options(dataDir))) {
            var added = postJson(api.webhookUrl() + "voximplant.sip.add",
                    "{\"TYPE\":\"office\",\"TITLE\":\"Kept across restarts\",\"SERVER\":\"pbx.example.com\",\"LOGIN\":\"kept\"}");
            assertEquals(200, added.status(), added::toString);
            Matcher id = CONFIG_ID.matcher(added.body());
            assertTrue(id.find(), added.body());
            configId = id.group(1);
        }

        try (LocalApi restarted = LocalApi.start(options(dataDir))) {
            var listed = postJson(restarted.webhookUrl() + "voximplant.sip.get",
                    "{\"FILTER\":{\"CONFIG_ID\":" + configId + "}}");

            assertEquals(200, listed.status(), listed::toString);
            assertTrue(listed.body().contains("\"TITLE\":\"Kept across restarts\""), listed.body());
            assertTrue(listed.body().contains("\"total\":1"), listed.body());
        }
    }

    /** The local API's defaults with a data directory, its own engine on a free port and the API on a free port. */
    private static LocalApi.Options options(Path dataDir) {
        Path template = Path.of(System.getProperty("repo.root", "../..")).resolve("infra/template.yaml");
        LocalApi.Options defaults = LocalApi.Options.defaults();
        return new LocalApi.Options(defaults.host(), 0, template, dataDir, null, 0, defaults.table(),
                defaults.region());
    }
}
