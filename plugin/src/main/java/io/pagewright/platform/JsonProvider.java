package io.pagewright.platform;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import tools.jackson.core.JacksonException;

/**
 * Binds JSON bodies with {@link Json#MAPPER}. Registered by the application, so it takes precedence
 * over the server's built-in JSON providers: one library and one set of strictness rules for the
 * whole API.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    /** The largest request body accepted: a whole surface with 50 slots of 100 variants fits. */
    static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    @Override
    public boolean isReadable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !InputStream.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream) {
        try {
            return Json.MAPPER.readValue(
                    new LimitedInputStream(entityStream, MAX_BODY_BYTES),
                    Json.MAPPER.getTypeFactory().constructType(genericType));
        } catch (JacksonException e) {
            if (LimitedInputStream.exceeded(e)) {
                throw new PayloadTooLargeProblem(MAX_BODY_BYTES);
            }
            throw InvalidJsonException.from(e);
        } catch (LimitedInputStream.LimitExceeded e) {
            throw new PayloadTooLargeProblem(MAX_BODY_BYTES);
        }
    }

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType);
    }

    @Override
    public void writeTo(
            Object value,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream) {
        try {
            Json.MAPPER.writeValue(entityStream, value);
        } catch (JacksonException e) {
            throw new WebApplicationException(e);
        }
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null
                && ("json".equalsIgnoreCase(mediaType.getSubtype())
                        || mediaType.getSubtype().toLowerCase().endsWith("+json"));
    }
}
