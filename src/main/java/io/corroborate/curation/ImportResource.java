package io.corroborate.curation;

import io.corroborate.user.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;

/**
 * Bulk import over HTTP: POST a JSON Lines or CSV file with a curator's bearer token. All lines are written
 * or none: 200 with the report when written, 422 with the refused lines otherwise.
 */
@Path("/import/claims")
public class ImportResource {

    private final ClaimImport imports;
    private final SecurityIdentity identity;

    public ImportResource(ClaimImport imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Role.CURATOR, Role.EDITOR})
    @Consumes({"application/x-ndjson", "application/jsonl"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response jsonLines(InputStream body) {
        return respond(imports.run(body, ClaimImport.Format.JSON_LINES, identity.getPrincipal().getName()));
    }

    @POST
    @RolesAllowed({Role.CURATOR, Role.EDITOR})
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public Response csv(InputStream body) {
        return respond(imports.run(body, ClaimImport.Format.CSV, identity.getPrincipal().getName()));
    }

    private static Response respond(ImportReport report) {
        return Response.status(report.committed() ? 200 : 422).entity(report).build();
    }
}
