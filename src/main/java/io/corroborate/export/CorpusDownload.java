package io.corroborate.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.corroborate.story.Story;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A story as a curated corpus file, to keep, review as a diff, or load into another instance (db/corpus/README.md). */
@Path("/stories/{id}/corpus.json")
public class CorpusDownload {

    private final Downloads downloads;
    private final CorpusExport export;

    public CorpusDownload(Downloads downloads, CorpusExport export) {
        this.downloads = downloads;
        this.export = export;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response corpus(@PathParam("id") String id, @Context HttpServerRequest request) throws JsonProcessingException {
        return downloads.serve(request, "story", id, () -> Story.byKey(id), export::file, MediaType.APPLICATION_JSON, id + ".json");
    }
}
