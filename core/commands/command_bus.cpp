#include "command_bus.h"

#include "app_version.h"
#include "domain/family_state.h"
#include "store/random_uuid.h"
#include "store/storage_error.h"

#include <QCoreApplication>

namespace coopdesk {

namespace {

QString newId()
{
    return randomUuid().toString(QUuid::WithoutBraces);
}

CommandError storageError(const StorageError& error)
{
    return {errors::storage, std::nullopt, error.message()};
}

// The family's state with the slice of its reservations the command names.
FamilyState loadFamilyFor(WriteSession& session, const Command& command)
{
    FamilyState state = session.loadFamily(command.familyId);
    for (const ReservedId& reserved : reservedIdsAskedBy(command.fields)) {
        if (auto reservation = session.reservation(command.familyId, reserved))
            hold(state, *reservation);
    }
    return state;
}

// The id field a command generates when it is absent (SPEC 2), and reports.
const QString* generatedIdField(CommandType type)
{
    switch (type) {
    case CommandType::ChargeTuition:
        return &fields::chargeId;
    case CommandType::ReceivePayment:
        return &fields::paymentId;
    default:
        return nullptr;
    }
}

} // namespace

CommandBus::CommandBus(EventStore& store, const Clock& clock, const QString& userId,
                       QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_userId(userId)
{}

CommandResult CommandBus::dispatch(const QByteArray& jsonLine)
{
    return dispatchEnvelope(readCommandEnvelope(jsonLine));
}

CommandResult CommandBus::dispatch(const QJsonObject& command)
{
    return dispatchEnvelope(readCommandEnvelope(command));
}

CommandResult CommandBus::dispatchEnvelope(const std::variant<CommandEnvelope, CommandError>& read)
{
    if (const auto* error = std::get_if<CommandError>(&read))
        return CommandResult::rejected(*error);
    const auto& envelope = std::get<CommandEnvelope>(read);
    CommandResult result;
    try {
        const bool committed = m_store.write([&](WriteSession& session) {
            result = execute(session, envelope, QString());
            return result.ok && !result.replayed;
        });
        if (committed)
            emit appended(result.position);
    } catch (const StorageError& error) {
        result = CommandResult::rejected(storageError(error), envelope.spec->name);
    }
    return result;
}

CommandBus::BatchResult CommandBus::dispatchBatch(const QList<QJsonObject>& commands,
                                                  const BatchOptions& options)
{
    BatchResult batch;
    bool pulled = false;
    const StreamResult stream = dispatchStream(
        [&] {
            const bool first = !pulled;
            pulled = true;
            return first ? commands : QList<QJsonObject>();
        },
        [&](const QList<CommandResult>& results) { batch.results += results; }, commands.size(),
        options);
    batch.committed = stream.committed;
    batch.cancelled = stream.cancelled;
    batch.storageError = stream.storageError;
    return batch;
}

CommandBus::StreamResult CommandBus::dispatchStream(const ChunkSource& next, const ResultSink& take,
                                                    qsizetype total, const BatchOptions& options)
{
    StreamResult stream;
    const QString correlationId = newId();
    qint64 head = 0;
    QList<CommandResult> results;
    try {
        stream.committed = m_store.write([&](WriteSession& session) {
            bool allOk = true;
            for (QList<QJsonObject> chunk = next(); !chunk.isEmpty(); chunk = next()) {
                results.clear();
                results.reserve(chunk.size());
                for (const QJsonObject& command : std::as_const(chunk)) {
                    if (options.progress && !options.progress(stream.count, total)) {
                        // The results so far still reach the sink.
                        take(results);
                        stream.cancelled = true;
                        return false;
                    }
                    const auto read = readCommandEnvelope(command);
                    CommandResult result;
                    if (const auto* error = std::get_if<CommandError>(&read))
                        result = CommandResult::rejected(*error);
                    else
                        result = execute(session, std::get<CommandEnvelope>(read), correlationId);
                    allOk = allOk && result.ok;
                    if (result.ok && !result.replayed)
                        head = std::max(head, result.position);
                    results.append(result);
                    ++stream.count;
                }
                take(results);
            }
            if (options.progress && !options.progress(stream.count, total)) {
                stream.cancelled = true;
                return false;
            }
            return allOk && !options.dryRun;
        });
    } catch (const StorageError& error) {
        stream.committed = false;
        stream.storageError = storageError(error);
    }
    if (stream.committed && head > 0)
        emit appended(head);
    return stream;
}

CommandResult CommandBus::execute(WriteSession& session, const CommandEnvelope& envelope,
                                  const QString& correlationId)
{
    const QString& name = envelope.spec->name;
    if (!envelope.commandId.isEmpty()) {
        if (const auto accepted = session.findAcceptedCommand(envelope.commandId)) {
            if (accepted->fingerprint == envelope.fingerprint)
                return CommandResult::fromAcceptedJson(accepted->result);
            return CommandResult::rejected(
                {errors::duplicate, fields::commandId,
                 QCoreApplication::translate("CommandErrors",
                                             "command_id “%1” was already used for a different "
                                             "command")
                     .arg(envelope.commandId)},
                name);
        }
    }

    auto validated = validateCommand(envelope, today());
    if (const auto* error = std::get_if<CommandError>(&validated))
        return CommandResult::rejected(*error, name);
    Command& command = std::get<Command>(validated);
    if (command.familyId.isEmpty())
        command.familyId = newId();
    const QString* entryField = generatedIdField(command.type());
    if (entryField && !command.fields.contains(*entryField))
        command.fields.insert(*entryField, newId());

    const FamilyState state = loadFamilyFor(session, command);
    const auto decision = decide(state, command);
    if (const auto* error = std::get_if<CommandError>(&decision))
        return CommandResult::rejected(*error, name);
    const NewEvent& event = std::get<NewEvent>(decision);
    FamilyState after = state;
    evolve(after, event.type, event.data);

    const QString messageId = command.commandId.isEmpty() ? newId() : command.commandId;
    const EventMetadata metadata{m_userId, command.commandId,
                                 correlationId.isEmpty() ? messageId : correlationId, messageId,
                                 QString::fromLatin1(appVersion)};
    const RecordedEvent recorded = session.append(
        {event, metadata, m_clock.timestamp(), after, reservationsTakenBy(event.type, event.data),
         reservationsReleasedBy(state, event.type, event.data)});
    CommandResult result =
        CommandResult::accepted(name, command.familyId, recorded.position, recorded.streamVersion);
    if (entryField) {
        result.entryField = *entryField;
        result.entryId = command.fields.value(*entryField).toString();
    }
    if (!command.commandId.isEmpty())
        session.rememberCommand(command.commandId, {envelope.fingerprint, result.toJsonLine()});
    return result;
}

} // namespace coopdesk
