package org.inclusionhub.practice.practices.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of the practice list: an offset page or a keyset cursor. The export takes none: it
 * streams every match. Checked, with the filters, by {@link PracticeFilterParams#toQuery}.
 */
public class PracticePageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "page number from 0, at most 100000", example = "0")
    public int page;
    @QueryParam("cursor")
    @Parameter(description = "Keyset paging: the next of an earlier answer (also in its Link header); continues after "
            + "that page's last item, so items published or archived meanwhile neither repeat nor are skipped. Needs "
            + "the same sort as the page it came from; page must then be left out (or 0)",
            example = "MQotcHVibGlzaGVkQXQKM2YwYzJiOGUtOGE0ZS00YzhlLTlkMWUtMmI3ZjVlMGE5YzQxCjIwMjQtMDMtMTggMDk6NDE6MDcuMTIzKzAw")
    public String cursor;
    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "items per page, 1 to the list's maximum (100 by default)", example = "20")
    public int size;
}
