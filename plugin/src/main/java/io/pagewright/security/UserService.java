package io.pagewright.security;

import io.pagewright.audit.AuditTrail;
import io.pagewright.content.StaleVersionException;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.FieldError;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.platform.StaleVersionProblem;
import io.pagewright.security.Users.CreatedUser;
import io.pagewright.security.Users.Me;
import io.pagewright.security.Users.NewUser;
import io.pagewright.security.Users.UserChange;
import io.pagewright.security.Users.UserView;
import io.pagewright.security.store.UserEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

/**
 * The people who sign in and their roles. The server's Elytron realm authenticates against the same
 * table, so a change here applies to the next sign-in (and to BASIC requests once the realm's cache
 * entry expires, within 10 seconds).
 */
@ApplicationScoped
public class UserService {

    @PersistenceContext EntityManager em;
    @Inject CurrentActor actor;
    @Inject AuditTrail audit;

    @Transactional
    public CreatedUser create(@NotNull(message = "a user is required") @Valid NewUser user) {
        if (em.find(UserEntity.class, user.username()) != null) {
            throw new ConflictProblem(
                    "user-exists",
                    "A user with this name exists",
                    "There is already a user '" + user.username() + "'.",
                    List.of(new FieldError("username", "is already taken")));
        }
        String password = user.password() == null ? Secrets.random(15) : user.password();
        UserEntity entity = new UserEntity();
        entity.username = user.username();
        entity.displayName =
                user.displayName() == null || user.displayName().isBlank()
                        ? user.username()
                        : user.displayName();
        setPassword(entity, password);
        entity.enabled = true;
        entity.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        entity.createdBy = actor.get().name();
        entity.roles = new TreeSet<>(user.roles());
        em.persist(entity);
        em.flush();
        audit.record("created", "user", entity.username, entity.version, null, null, view(entity));
        return new CreatedUser(view(entity), user.password() == null ? password : null);
    }

    public List<UserView> list() {
        return em.createQuery("select u from UserEntity u order by u.username", UserEntity.class)
                .getResultStream()
                .map(UserService::view)
                .toList();
    }

    public UserView get(String username) {
        return view(find(username));
    }

    public long count() {
        return em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult();
    }

    @Transactional
    public UserView change(
            String username,
            long expectedVersion,
            @NotNull(message = "a change is required") @Valid UserChange change) {
        UserEntity entity = em.find(UserEntity.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw unknown(username);
        }
        if (entity.version != expectedVersion) {
            throw new StaleVersionProblem(
                    new StaleVersionException(
                            "user '" + username + "'", expectedVersion, entity.version));
        }
        if (username.equals(actor.get().name())
                && (!change.enabled() || !change.roles().contains(Roles.ADMIN))) {
            throw new ConflictProblem(
                    "own-admin-access",
                    "Cannot remove your own administration rights",
                    "An administrator cannot disable themselves or drop their own admin role;"
                            + " ask another administrator.");
        }
        UserView before = view(entity);
        entity.displayName = change.displayName();
        entity.roles.clear();
        entity.roles.addAll(change.roles());
        entity.enabled = change.enabled();
        em.flush();
        audit.record("changed", "user", username, entity.version, null, before, view(entity));
        return view(entity);
    }

    /** Sets the signed-in person's own password. */
    @Transactional
    public void changeOwnPassword(
            @NotNull(message = "a password is required") @Valid Users.PasswordChange change) {
        UserEntity entity = find(actor.get().name());
        setPassword(entity, change.password());
        audit.record("password-changed", "user", entity.username, null, null, null, null);
    }

    public Me me() {
        Actor current = actor.get();
        UserEntity entity = em.find(UserEntity.class, current.name());
        String displayName = entity == null ? current.name() : entity.displayName;
        return new Me(current.name(), displayName, new TreeSet<>(current.roles()));
    }

    private static void setPassword(UserEntity entity, String password) {
        PasswordHash hash = PasswordHash.of(password);
        entity.passwordHash = hash.hash();
        entity.passwordSalt = hash.salt();
        entity.passwordCost = hash.cost();
    }

    private UserEntity find(String username) {
        UserEntity entity = em.find(UserEntity.class, username);
        if (entity == null) {
            throw unknown(username);
        }
        return entity;
    }

    private static NotFoundProblem unknown(String username) {
        return new NotFoundProblem(
                "user-not-found", "No such user", "There is no user '" + username + "'.");
    }

    static UserView view(UserEntity e) {
        return new UserView(
                e.username,
                e.displayName,
                new TreeSet<>(e.roles),
                e.enabled,
                e.createdAt,
                e.createdBy,
                e.version);
    }
}
