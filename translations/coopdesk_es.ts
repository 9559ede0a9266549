<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountCredit</name>
    <message>
        <location filename="../ui/payments/account_credit.cpp" line="+17"/>
        <source>Credit on account</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credit on account as of %1: none (no family has paid beyond its charges).</source>
        <translation>Saldo a favor al %1: ninguno (ninguna familia ha pagado más que sus cuotas).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Credit on account as of %2: %Ln family(s) hold %1, money received that no charge has used yet.</source>
        <translation>
            <numerusform>Saldo a favor al %2: %Ln familia tiene %1, dinero recibido que ninguna cuota ha usado todavía.</numerusform>
            <numerusform>Saldo a favor al %2: %Ln familias tienen %1, dinero recibido que ninguna cuota ha usado todavía.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <location filename="../core/io/amount_parser.cpp" line="+32"/>
        <source>The amount is empty: write it in currency units, such as 125.50</source>
        <translation>El importe está vacío: escríbalo en unidades de moneda, como 125.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount “%1” has a sign: write amounts without + or -</source>
        <translation>El importe «%1» tiene signo: escriba los importes sin + ni -</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount “%1” has a comma: write it without thousands separators, with a dot before the cents, such as 1250.50</source>
        <translation>El importe «%1» tiene una coma: escríbalo sin separadores de miles, con un punto antes de los céntimos, como 1250.50</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount “%1” may only hold digits and one dot, such as 125.50 (no currency symbols, spaces or separators)</source>
        <translation>El importe «%1» solo puede tener dígitos y un punto, como 125.50 (sin símbolos de moneda, espacios ni separadores)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The amount “%1” needs a digit before the dot, such as 0.50</source>
        <translation>El importe «%1» necesita un dígito antes del punto, como 0.50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount “%1” needs digits after the dot, such as 125.50</source>
        <translation>El importe «%1» necesita dígitos después del punto, como 125.50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount “%1” has more than two decimals: amounts are in whole cents</source>
        <translation>El importe «%1» tiene más de dos decimales: los importes son en céntimos enteros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount “%1” is too large</source>
        <translation>El importe «%1» es demasiado grande</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../core/store/postgres/pg_event_store.cpp" line="+369"/>
        <location filename="../core/store/sqlite_event_store.cpp" line="+267"/>
        <source>The append-only protection of the events table is missing or altered</source>
        <translation>La protección de solo añadir de la tabla de eventos falta o fue alterada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check that each event records the role that appended it is missing or altered</source>
        <translation>La comprobación de que cada evento registra el rol que lo añadió falta o fue alterada</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite_event_store.cpp" line="+25"/>
        <source>The copy %1 does not match its source (%2); it was removed</source>
        <translation>La copia %1 no coincide con su origen (%2); se ha eliminado</translation>
    </message>
    <message>
        <location filename="../core/store/audit_check.cpp" line="+33"/>
        <location filename="../core/store/postgres/pg_event_store.cpp" line="-12"/>
        <location filename="../core/store/store_copy.cpp" line="+47"/>
        <source>Position %1 is missing: the event there was deleted or renumbered</source>
        <translation>Falta la posición %1: el evento que había allí fue borrado o renumerado</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/store/store_copy.cpp" line="+4"/>
        <source>The event at position %1 does not match its hash: it was edited or inserted outside CoopDesk</source>
        <translation>El evento de la posición %1 no coincide con su hash: fue editado o insertado fuera de CoopDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verification cancelled</source>
        <translation>Verificación cancelada</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite_event_store.cpp" line="-33"/>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 está dañado (%2); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../core/store/store_copy.cpp" line="+68"/>
        <source>Copy cancelled</source>
        <translation>Copia cancelada</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <location filename="../ui/backup/backup_check.cpp" line="+35"/>
        <source>“%1” is the co-op file itself, not a backup of it.</source>
        <translation>«%1» es el propio archivo de la cooperativa, no una copia de seguridad suya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/backup/backup_restore.cpp" line="+91"/>
        <source>“%1” is a file of another co-op, not a backup of this one.</source>
        <translation>«%1» es un archivo de otra cooperativa, no una copia de seguridad de esta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” does not check out: %2</source>
        <translation>«%1» no supera la comprobación: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>“%1” cannot be used: %2</source>
        <translation>«%1» no se puede usar: %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/backup_restore.cpp" line="-19"/>
        <source>The co-op file could not be put back (%1): it is kept as “%2”; rename it to “%3” to use it again.</source>
        <translation>No se pudo devolver el archivo de la cooperativa a su sitio (%1): se conserva como «%2»; cámbiele el nombre a «%3» para volver a usarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is still open in another program (its -wal or -shm file is beside it); close that program first.</source>
        <translation>«%1» sigue abierto en otro programa (tiene al lado su archivo -wal o -shm); cierre primero ese programa.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” could not be renamed to “%2”: %3</source>
        <translation>No se pudo cambiar el nombre de «%1» a «%2»: %3</translation>
    </message>
</context>
<context>
    <name>BalanceText</name>
    <message>
        <location filename="../ui/family_detail/balance_text.cpp" line="+10"/>
        <source>%1 owed</source>
        <translation>%1 a deber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in credit</source>
        <translation>%1 a favor</translation>
    </message>
</context>
<context>
    <name>CancelChargeForm</name>
    <message>
        <location filename="../ui/command_dialogs/cancel_charge_form.cpp" line="+30"/>
        <source>%1 · %2 · due %3</source>
        <comment>charge: month · amount · due date</comment>
        <translation>%1 · %2 · vence el %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge %1</source>
        <translation>Cargo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the charge to cancel…</source>
        <translation>Elija el cargo que cancelar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No charges</source>
        <translation>Sin cargos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no charge to cancel: none is recorded, or every one is cancelled already.</source>
        <translation>%1 no tiene cargos que cancelar: no hay ninguno registrado o ya están todos cancelados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancels the charge of %1 for %2, due %3; the family&apos;s balance goes from %4 to %5.</source>
        <translation>Cancela el cargo de %1 de %2, con vencimiento el %3; el saldo de la familia pasa de %4 a %5.</translation>
    </message>
</context>
<context>
    <name>ChargeAll</name>
    <message>
        <location filename="../core/commands/charge_all.cpp" line="+80"/>
        <source>The month must be a month YYYY-MM</source>
        <translation>El mes debe ser un mes AAAA-MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date must be a date</source>
        <translation>La fecha de vencimiento debe ser una fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be between %1 and %2 cents</source>
        <translation>El importe debe estar entre %1 y %2 céntimos</translation>
    </message>
</context>
<context>
    <name>ChartImageExport</name>
    <message>
        <location filename="../ui/export/chart_image.cpp" line="+70"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <location filename="../ui/i18n/code_labels.cpp" line="+11"/>
        <source>Enroll Family</source>
        <translation>Inscribir familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Contact Details</source>
        <translation>Cambiar datos de contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Child</source>
        <translation>Añadir hijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge Tuition</source>
        <translation>Cobrar cuota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive Payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Engagement Score</source>
        <translation>Actualizar participación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Risk Score</source>
        <translation>Actualizar riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign Coordinator</source>
        <translation>Asignar coordinador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log Volunteer Hours</source>
        <translation>Registrar horas de voluntariado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Attendance</source>
        <translation>Registrar asistencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Login</source>
        <translation>Registrar inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw Family</source>
        <translation>Dar de baja a la familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enroll Family</source>
        <translation>Reinscribir familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void Payment</source>
        <translation>Anular pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Charge</source>
        <translation>Cancelar cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct Enrollment</source>
        <translation>Corregir inscripción</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Enroll Family…</source>
        <translation>&amp;Inscribir familia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Contact &amp;Details…</source>
        <translation>Cambiar &amp;datos de contacto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Child…</source>
        <translation>Añadir &amp;hijo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge &amp;Tuition…</source>
        <translation>&amp;Cobrar cuota…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive &amp;Payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update En&amp;gagement Score…</source>
        <translation>Actualizar participació&amp;n…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update &amp;Risk Score…</source>
        <translation>Actualizar &amp;riesgo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record C&amp;ontact…</source>
        <translation>Registrar c&amp;ontacto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assign Coordinator…</source>
        <translation>&amp;Asignar coordinador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log Volunteer &amp;Hours…</source>
        <translation>Registrar horas de &amp;voluntariado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Atte&amp;ndance…</source>
        <translation>Registrar a&amp;sistencia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Login…</source>
        <translation>Registrar inicio de s&amp;esión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw Family…</source>
        <translation>Dar de &amp;baja a la familia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enro&amp;ll Family…</source>
        <translation>Reinscribir &amp;familia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Void Payment…</source>
        <translation>A&amp;nular pago…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l Charge…</source>
        <translation>Cance&amp;lar cargo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;rrect Enrollment…</source>
        <translation>Co&amp;rregir inscripción…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enroll a new family in the co-op.</source>
        <translation>Inscribe una familia nueva en la cooperativa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the parent&apos;s name, e-mail, phone or preferred contact.</source>
        <translation>Cambia el nombre del padre o la madre, el correo, el teléfono o el medio de contacto preferido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a child to the family.</source>
        <translation>Añade un hijo a la familia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge the family tuition for a month.</source>
        <translation>Cobra a la familia la cuota de un mes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a payment received from the family.</source>
        <translation>Registra un pago recibido de la familia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the family&apos;s engagement score (0–100).</source>
        <translation>Fija la puntuación de participación de la familia (0–100).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the family&apos;s risk score (0–100); the risk tier follows from it.</source>
        <translation>Fija la puntuación de riesgo de la familia (0–100); el nivel de riesgo se deduce de ella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a contact with the family.</source>
        <translation>Registra un contacto con la familia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign a coordinator to the family.</source>
        <translation>Asigna un coordinador a la familia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log hours the family volunteered.</source>
        <translation>Registra las horas de voluntariado de la familia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the family attended an event.</source>
        <translation>Registra si la familia asistió a un evento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that the family logged in.</source>
        <translation>Registra que la familia inició sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw the family from the co-op.</source>
        <translation>Da de baja a la familia de la cooperativa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enroll a withdrawn family again.</source>
        <translation>Vuelve a inscribir a una familia dada de baja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void a payment entered by mistake or returned (a bounced check): it then counts nowhere, and the family&apos;s other payments settle its charges again.</source>
        <translation>Anula un pago registrado por error o devuelto (un cheque sin fondos): deja de contar en todas partes y los demás pagos de la familia vuelven a saldar sus cargos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel a charge made by mistake or waived (a scholarship): it then counts nowhere, and the family&apos;s payments settle its other charges again.</source>
        <translation>Cancela un cargo hecho por error o condonado (una beca): deja de contar en todas partes y los pagos de la familia vuelven a saldar sus demás cargos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the family&apos;s name or enrollment date; the history keeps both.</source>
        <translation>Corrige el nombre o la fecha de inscripción de la familia; el historial conserva ambos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment date</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact date</source>
        <translation>Fecha del contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login date</source>
        <translation>Fecha de inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal date</source>
        <translation>Fecha de baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enrollment date</source>
        <translation>Fecha de reinscripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk score</source>
        <translation>Puntuación de riesgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engagement score</source>
        <translation>Puntuación de participación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family ID</source>
        <translation>ID de la familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>Nombre de la familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrollment date</source>
        <translation>Fecha de inscripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent name</source>
        <translation>Nombre del padre o la madre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+51"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Preferred contact</source>
        <translation>Contacto preferido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s name</source>
        <translation>Nombre del hijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge ID</source>
        <translation>ID del cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction ID</source>
        <translation>ID de la transacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment ID</source>
        <translation>ID del pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factors</source>
        <translation>Factores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk factors</source>
        <translation>Factores de riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact method</source>
        <translation>Medio de contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command ID</source>
        <translation>ID del comando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected version</source>
        <translation>Versión esperada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer (ACH)</source>
        <translation>Transferencia bancaria (ACH)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not valid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family not found</source>
        <translation>Familia no encontrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already exists</source>
        <translation>Ya existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Family withdrawn</source>
        <translation>Familia dada de baja</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed meanwhile</source>
        <translation>Cambiado mientras tanto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family enrolled</source>
        <translation>Familia inscrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details changed</source>
        <translation>Datos de contacto cambiados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child added</source>
        <translation>Hijo añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuition charged</source>
        <translation>Cuota cobrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement score updated</source>
        <translation>Participación actualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk score updated</source>
        <translation>Riesgo actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact recorded</source>
        <translation>Contacto registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator assigned</source>
        <translation>Coordinador asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer hours logged</source>
        <translation>Voluntariado registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance recorded</source>
        <translation>Asistencia registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login recorded</source>
        <translation>Acceso registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family re-enrolled</source>
        <translation>Familia reinscrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment voided</source>
        <translation>Pago anulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge cancelled</source>
        <translation>Cargo cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment corrected</source>
        <translation>Inscripción corregida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrolled</source>
        <translation>Inscrita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>De baja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordinator call within 48 h</source>
        <translation>Llamada del coordinador en 48 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer a payment plan</source>
        <translation>Ofrecer un plan de pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal check-in within 7 days</source>
        <translation>Visita personal en 7 días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Critical risk: the family&apos;s coordinator should call them within two days.</source>
        <translation>Riesgo crítico: el coordinador de la familia debería llamarla en un plazo de dos días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High risk with money owed: offer the family a payment plan.</source>
        <translation>Riesgo alto con deuda: ofrezca a la familia un plan de pagos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High risk: check in with the family personally within a week.</source>
        <translation>Riesgo alto: hable personalmente con la familia en el plazo de una semana.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment analytics</source>
        <translation>Análisis de pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At-risk families</source>
        <translation>Familias en riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search index</source>
        <translation>Índice de búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebuilding</source>
        <translation>Reconstruyendo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>CommandErrors</name>
    <message>
        <location filename="../core/domain/command_validation.cpp" line="+144"/>
        <location filename="../ui/command_dialogs/form_validation.cpp" line="+92"/>
        <source>%1 is required</source>
        <translation>%1: dato obligatorio</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>%1 must be text</source>
        <translation>%1: debe ser texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains invalid characters</source>
        <translation>%1: contiene caracteres no válidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must not contain control characters</source>
        <translation>%1: no debe contener caracteres de control</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be %2 to %3 characters long</source>
        <translation>%1: debe tener de %2 a %3 caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be at most %2 characters long</source>
        <translation>%1: debe tener como máximo %2 caracteres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a valid e-mail address</source>
        <translation>%1: no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>%1 must be a whole number</source>
        <translation>%1: debe ser un número entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between %2 and %3</source>
        <translation>%1: debe estar entre %2 y %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: debe tener de 1 a 64 letras, dígitos, «_» o «-»</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 must be a date YYYY-MM-DD from 1900-01-01 to 2100-12-31</source>
        <translation>%1: debe ser una fecha AAAA-MM-DD entre 1900-01-01 y 2100-12-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be in the future (today is %2)</source>
        <translation>%1 no puede ser una fecha futura (hoy es %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be a month YYYY-MM from 1900-01 to 2100-12</source>
        <translation>%1: debe ser un mes AAAA-MM entre 1900-01 y 2100-12</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be one of: %2</source>
        <translation>%1: debe ser uno de estos valores: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be true or false</source>
        <translation>%1: debe ser verdadero o falso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be a JSON object</source>
        <translation>%1: debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not nest objects and arrays more than %2 levels deep</source>
        <translation>%1: no debe anidar objetos y listas más de %2 niveles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be at most %2 bytes as compact JSON</source>
        <translation>%1: debe ocupar como máximo %2 bytes en JSON compacto</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The line is not valid JSON: %1 at offset %2</source>
        <translation>La línea no es JSON válido: %1 en la posición %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The line must be a JSON object with a command, not an array, a number, a string, true, false or null</source>
        <translation>La línea debe ser un objeto JSON con un comando, no una lista, un número, un texto, true, false ni null</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>command must name a command, such as EnrollFamily</source>
        <translation>command debe nombrar un comando, como EnrollFamily</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command “%1”</source>
        <translation>Comando desconocido «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>command_id must be text of 1 to 100 printable characters</source>
        <translation>command_id debe ser un texto de 1 a 100 caracteres imprimibles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a field of %2</source>
        <translation>%1: no es un campo de %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected_version must be a whole number</source>
        <translation>expected_version debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../core/domain/family_state.cpp" line="+24"/>
        <source>A family with id “%1” already exists</source>
        <translation>Ya existe una familia con el ID «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No family has the id “%1”</source>
        <translation>Ninguna familia tiene el ID «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The family was changed meanwhile: it is at version %1, the command expected version %2</source>
        <translation>La familia cambió mientras tanto: está en la versión %1 y el comando esperaba la versión %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The family already has a payment “%1”</source>
        <translation>La familia ya tiene un pago «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The family has no payment “%1” to void (or it was voided already)</source>
        <translation>La familia no tiene ningún pago «%1» que anular (o ya se anuló)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The family has no charge “%1” to cancel (or it was cancelled already)</source>
        <translation>La familia no tiene ningún cargo «%1» que cancelar (o ya se canceló)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The family “%1” is withdrawn</source>
        <translation>La familia «%1» está dada de baja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The family “%1” is already withdrawn</source>
        <translation>La familia «%1» ya está dada de baja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a withdrawn family can be re-enrolled</source>
        <translation>Solo se puede reinscribir a una familia dada de baja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give at least one contact detail to change</source>
        <translation>Indique al menos un dato de contacto que cambiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the family name or the enrollment date to correct</source>
        <translation>Indique el nombre de la familia o la fecha de inscripción que corregir</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The family already has a charge “%1”</source>
        <translation>La familia ya tiene un cargo «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The payment “%1” was already recorded for this family</source>
        <translation>El pago «%1» ya se registró para esta familia</translation>
    </message>
    <message>
        <location filename="../core/commands/command_bus.cpp" line="+165"/>
        <source>command_id “%1” was already used for a different command</source>
        <translation>El command_id «%1» ya se usó para otro comando</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/io/csv_columns.cpp" line="+26"/>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <location filename="../core/io/csv_reader.cpp" line="+40"/>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The file is UTF-16 text, not UTF-8: save it as “CSV UTF-8”</source>
        <translation>El archivo es texto UTF-16, no UTF-8: guárdelo como «CSV UTF-8»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A record longer than %1 bytes starts on this line: is a quote left open?</source>
        <translation>En esta línea empieza un registro de más de %1 bytes: ¿hay una comilla sin cerrar?</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A quote inside a field that does not start with one: put the whole field in quotes and double the quote (&quot;&quot;)</source>
        <translation>Una comilla dentro de un campo que no empieza por comilla: ponga todo el campo entre comillas y duplique la comilla (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+40"/>
        <source>The file contains a NUL byte: it is binary data, not CSV text</source>
        <translation>El archivo contiene un byte NUL: son datos binarios, no texto CSV</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The quoted field that starts on this line is never closed</source>
        <translation>El campo entre comillas que empieza en esta línea nunca se cierra</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Text after the closing quote of a field: a quoted field must end at its closing quote, and a quote inside it is doubled (&quot;&quot;)</source>
        <translation>Texto después de la comilla de cierre de un campo: un campo entre comillas debe terminar en su comilla de cierre, y una comilla dentro de él se duplica (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This line is not UTF-8 text: save the file as “CSV UTF-8”</source>
        <translation>Esta línea no es texto UTF-8: guarde el archivo como «CSV UTF-8»</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../ui/export/csv_writer.cpp" line="+52"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DesktopArguments</name>
    <message>
        <location filename="../app/desktop/desktop_arguments.cpp" line="+67"/>
        <source>CoopDesk: families, payments and engagement for homeschool co-ops.</source>
        <translation>CoopDesk: familias, pagos y participación para cooperativas de educación en casa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and quit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo co-op.</source>
        <translation>Abre la cooperativa de demostración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the window: en, es or system (default: Preferences).</source>
        <translation>Idioma de la ventana: en, es o system (por omisión: Preferencias).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screen to show first: families, dashboard, at-risk, payments, activity, projections or overview.</source>
        <translation>La pantalla que se muestra primero: families, dashboard, at-risk, payments, activity, projections u overview.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the details of the family ID.</source>
        <translation>Muestra los detalles de la familia ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to FILE (PNG), once the screen shows the co-op&apos;s data, and quit.</source>
        <translation>Guarda una imagen de la ventana en FILE (PNG), cuando la pantalla ya muestra los datos de la cooperativa, y sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CO-OP</source>
        <translation>COOPERATIVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The co-op to open: a file (NAME.coop), or a shared co-op&apos;s server (postgresql://…, service=NAME, &quot;host=… dbname=…&quot;).</source>
        <translation>La cooperativa que se abre: un archivo (NOMBRE.coop) o el servidor de una cooperativa compartida (postgresql://…, service=NOMBRE, &quot;host=… dbname=…&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[CO-OP]</source>
        <translation>[COOPERATIVA]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>coopdesk: give at most one co-op
</source>
        <translation>coopdesk: indique como máximo una cooperativa
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>coopdesk: unknown language “%1” (en, es or system)
</source>
        <translation>coopdesk: idioma desconocido «%1» (en, es o system)
</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="+117"/>
        <source>coopdesk: no screen “%1”; the screens are: %2</source>
        <translation>coopdesk: no hay ninguna pantalla «%1»; las pantallas son: %2</translation>
    </message>
</context>
<context>
    <name>EnrollmentCorrectionForm</name>
    <message>
        <location filename="../ui/command_dialogs/enrollment_correction_form.cpp" line="+46"/>
        <source>The family&apos;s name cannot be left empty.</source>
        <translation>El nombre de la familia no puede quedar vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The enrollment date cannot be left empty.</source>
        <translation>La fecha de inscripción no puede quedar vacía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to save yet: change the family&apos;s name or its enrollment date.</source>
        <translation>Nada que guardar todavía: cambie el nombre de la familia o su fecha de inscripción.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrects the name from “%1” to “%2” and the enrollment date from %3 to %4; the family&apos;s history keeps both.</source>
        <translation>Corrige el nombre de «%1» a «%2» y la fecha de inscripción del %3 al %4; el historial de la familia conserva ambos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects the name from “%1” to “%2”; the family&apos;s history keeps both.</source>
        <translation>Corrige el nombre de «%1» a «%2»; el historial de la familia conserva ambos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrects the enrollment date from %1 to %2; the family&apos;s history keeps both.</source>
        <translation>Corrige la fecha de inscripción del %1 al %2; el historial de la familia conserva ambas.</translation>
    </message>
</context>
<context>
    <name>EntryRemovalForm</name>
    <message>
        <location filename="../ui/command_dialogs/entry_removal_form.cpp" line="+48"/>
        <source>Choose the family first</source>
        <translation>Elija primero la familia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The family&apos;s entries cannot be read: %1</source>
        <translation>No se pueden leer los movimientos de la familia: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the family was charged and paid cannot be listed until the read models have caught up with it; try again in a moment.</source>
        <translation>Lo que se cobró y pagó a la familia no se puede listar hasta que los modelos de lectura se pongan al día; inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message>
        <location filename="../ui/family_detail/event_summary.cpp" line="+68"/>
        <location line="+22"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>(cleared)</source>
        <translation>(borrado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → (cleared)</source>
        <translation>%1: %2 → (borrado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”, enrolled on %2</source>
        <translation>«%1», inscrita el %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Coordinator: %1</source>
        <translation>Coordinador: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, age %2</source>
        <translation>%1, %2 años</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 for %2, due %3</source>
        <translation>%1 por %2, vence el %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 en %2 el %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>transaction %1</source>
        <translation>transacción %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk score %1 → %2</source>
        <translation>Puntuación de riesgo %1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engagement score %1 → %2</source>
        <translation>Puntuación de participación %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tier %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>factors: %1</source>
        <translation>factores: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln hour(s) on %1</source>
        <translation>
            <numerusform>%Ln hora el %1</numerusform>
            <numerusform>%Ln horas el %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attended “%1” on %2</source>
        <translation>Asistió a «%1» el %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Did not attend “%1” on %2</source>
        <translation>No asistió a «%1» el %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in on %1</source>
        <translation>Inició sesión el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on %1</source>
        <translation>Dada de baja el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-enrolled on %1</source>
        <translation>Reinscrita el %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Voided: %1; reason: %2</source>
        <translation>Anulado: %1; motivo: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled: %1; reason: %2</source>
        <translation>Cancelado: %1; motivo: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment %1 of %2 voided; reason: %3</source>
        <translation>Pago %1 de %2 anulado; motivo: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge %1 of %2 cancelled; reason: %3</source>
        <translation>Cargo %1 de %2 cancelado; motivo: %3</translation>
    </message>
</context>
<context>
    <name>FamiliesCsvExport</name>
    <message>
        <location filename="../ui/families/families_csv_export.cpp" line="+75"/>
        <location line="+55"/>
        <location line="+10"/>
        <source>The file cannot be written: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The families cannot be read: %1</source>
        <translation>No se pueden leer las familias: %1</translation>
    </message>
</context>
<context>
    <name>FamilyText</name>
    <message>
        <location filename="../ui/families/family_text.cpp" line="+65"/>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <comment>factor name: value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../ui/command_dialogs/form_validation.cpp" line="+3"/>
        <source>%1 must be from %2 to %3</source>
        <translation>%1: debe estar entre %2 y %3</translation>
    </message>
</context>
<context>
    <name>ImportKindText</name>
    <message>
        <location filename="../ui/import/import_kind_text.cpp" line="+23"/>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuition charges</source>
        <translation>Cuotas cobradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One row per family (children as Name:age;Name:age). Required columns: %1. Optional: %2.</source>
        <translation>Una fila por familia (los hijos como Nombre:edad;Nombre:edad). Columnas obligatorias: %1. Opcionales: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One row per monthly tuition charge (amount as 125.50). Required columns: %1. Optional: %2.</source>
        <translation>Una fila por cuota mensual cobrada (el importe como 125.50). Columnas obligatorias: %1. Opcionales: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One row per payment received (amount as 125.50). Required columns: %1. Optional: %2.</source>
        <translation>Una fila por pago recibido (el importe como 125.50). Columnas obligatorias: %1. Opcionales: %2.</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../core/io/csv_import.cpp" line="+58"/>
        <source>The amount must be from %1 to %2</source>
        <translation>El importe debe estar entre %1 y %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Child “%1”: %2</source>
        <translation>Hijo «%1»: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The file is empty: its first line must name the columns, such as %1</source>
        <translation>El archivo está vacío: su primera línea debe nombrar las columnas, como %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file lacks the column(s) %1: a %2 file needs the columns %3 (line 1 names the columns)</source>
        <translation>Al archivo le faltan las columnas %1: un archivo de %2 necesita las columnas %3 (la línea 1 nombra las columnas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The column %1 is named more than once in the header</source>
        <translation>La columna %1 aparece más de una vez en la cabecera</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This row has %1 cells but the header has %2</source>
        <translation>Esta fila tiene %1 celdas, pero la cabecera tiene %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>family_id “%1” is already on line %2 of this file</source>
        <translation>El family_id «%1» ya está en la línea %2 de este archivo</translation>
    </message>
    <message>
        <location filename="../core/io/import_formats.cpp" line="+61"/>
        <source>The child “%1” has no age: write children as Name:age;Name:age</source>
        <translation>El hijo «%1» no tiene edad: escriba los hijos como Nombre:edad;Nombre:edad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The age of the child “%1” must be a whole number of years, not “%2”</source>
        <translation>La edad del hijo «%1» debe ser un número entero de años, no «%2»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>family_id is required in an import: the charges and payments files refer to families by it</source>
        <translation>family_id es obligatorio en una importación: los archivos de cargos y de pagos se refieren a las familias por él</translation>
    </message>
</context>
<context>
    <name>OwingStatementsWork</name>
    <message>
        <location filename="../ui/statements/owing_statements_job.cpp" line="+71"/>
        <source>The statements could not be made: %1</source>
        <translation>No se pudieron preparar los extractos: %1</translation>
    </message>
</context>
<context>
    <name>PaymentCharts</name>
    <message>
        <location filename="../ui/payments/payment_charts.cpp" line="+97"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (%1)</source>
        <translation>Importe (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collected and outstanding tuition</source>
        <translation>Cuotas cobradas y pendientes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Families by payment state</source>
        <translation>Familias según el estado del pago</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tuition collected and expected, last 12 months</source>
        <translation>Cuotas cobradas y previstas, últimos 12 meses</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Received by payment date</source>
        <translation>Recibido por fecha de pago</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tuition paid by method</source>
        <translation>Cuotas pagadas por forma de pago</translation>
    </message>
</context>
<context>
    <name>PaymentsCsv</name>
    <message>
        <location filename="../ui/export/payments_csv.cpp" line="+48"/>
        <source>%1 in %2</source>
        <comment>a column of amounts: its words, the currency code</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Families charged</source>
        <translation>Familias con cuota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families paid on time</source>
        <translation>Familias que pagaron a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families paid late</source>
        <translation>Familias que pagaron con retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families unsettled</source>
        <translation>Familias con cuotas abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families overdue</source>
        <translation>Familias con cuotas vencidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average days late</source>
        <translation>Días de retraso (media)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days late</source>
        <translation>Días de retraso (mediana)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+53"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Received by payment date</source>
        <translation>Recibido por fecha de pago</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month of payment</source>
        <translation>Mes del pago</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Credit on account as of %1 (money received that no charge has used yet)</source>
        <translation>Saldo a favor al %1 (dinero recibido que ninguna cuota ha usado todavía)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Families with credit</source>
        <translation>Familias con saldo a favor</translation>
    </message>
</context>
<context>
    <name>PaymentsReportPdf</name>
    <message>
        <location filename="../ui/export/payments_report_pdf.cpp" line="+198"/>
        <source>Cannot start the PDF document.</source>
        <translation>No se puede empezar el documento PDF.</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+40"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Tuition by charge month</source>
        <translation>Cuotas por mes de cargo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received by payment date</source>
        <translation>Recibido por fecha de pago</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Payments report — %1</source>
        <translation>Informe de pagos — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Months: %1 to %2</source>
        <translation>Meses: de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Families overdue as of %1; amounts in %2</source>
        <translation>Familias con pagos vencidos a %1; importes en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency units</source>
        <translation>unidades de moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected %1, collected %2, outstanding %3</source>
        <translation>Previsto %1, cobrado %2, pendiente %3</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>CoopDesk — %1</source>
        <translation>CoopDesk — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Received by payment date %1 in %Ln payment(s); credit on account %2</source>
        <translation>
            <numerusform>Recibido por fecha de pago %1 en %Ln pago; saldo a favor %2</numerusform>
            <numerusform>Recibido por fecha de pago %1 en %Ln pagos; saldo a favor %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on %1 by %2</source>
        <translation>Hecho el %1 por %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../core/projections/projection_rebuild.cpp" line="+104"/>
        <source>The rebuild stopped at position %1: %2</source>
        <translation>La reconstrucción se detuvo en la posición %1: %2</translation>
    </message>
    <message>
        <location filename="../core/projections/rebuild_lock.cpp" line="+53"/>
        <source>Another rebuild of this co-op&apos;s read models is running; try again when it has finished</source>
        <translation>Hay otra reconstrucción de los modelos de lectura de esta cooperativa en curso; inténtelo de nuevo cuando haya terminado</translation>
    </message>
    <message>
        <location filename="../core/projections/views_verifier.cpp" line="+88"/>
        <source>%1 differs from a fresh rebuild at position %2: read model has %3, rebuild has %4</source>
        <translation>%1 difiere de una reconstrucción nueva en la posición %2: el modelo de lectura tiene %3, la reconstrucción tiene %4</translation>
    </message>
    <message>
        <location filename="../core/projections/views_file.cpp" line="+136"/>
        <source>%1: another program is replacing this views file; try again in a moment</source>
        <translation>%1: otro programa está sustituyendo este archivo de vistas; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+35"/>
        <source>%1 cannot be replaced: %2</source>
        <translation>%1 no se puede sustituir: %2</translation>
    </message>
    <message>
        <location filename="../core/store/postgres/pg_event_store.cpp" line="+86"/>
        <location filename="../core/store/sqlite_event_store.cpp" line="+87"/>
        <source>%1 is read-only: the skip cannot be recorded</source>
        <translation>%1 es de solo lectura: no se puede registrar la omisión</translation>
    </message>
</context>
<context>
    <name>ReportScreens</name>
    <message>
        <location filename="../ui/dashboard/report_screens.cpp" line="+31"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At Risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projections</source>
        <translation>Proyecciones</translation>
    </message>
</context>
<context>
    <name>StatementFileName</name>
    <message>
        <location filename="../ui/statements/statement_file_name.cpp" line="+9"/>
        <source>%1 to %2</source>
        <comment>file name: from, to</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Statement %1 %2</source>
        <comment>file name: family name, period</comment>
        <translation>Extracto %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statements of families that owe %1</source>
        <comment>file name: period</comment>
        <translation>Extractos de las familias que deben %1</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <location filename="../ui/export/statement_pdf.cpp" line="+108"/>
        <source>Cannot start the PDF document.</source>
        <translation>No se puede empezar el documento PDF.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+212"/>
        <source>Payments and credits</source>
        <translation>Pagos y abonos</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Balance brought forward</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closing balance (credit)</source>
        <translation>Saldo final (a favor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No charges or payments in this period.</source>
        <translation>No hay cargos ni pagos en este periodo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entry(ies) after %1 are not shown; with them the balance is %2.</source>
        <translation>
            <numerusform>%Ln apunte posterior al %1 no se muestra; con él, el saldo es %2.</numerusform>
            <numerusform>%Ln apuntes posteriores al %1 no se muestran; con ellos, el saldo es %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln entry(ies) of the audit trail could not be read and are left out (see the Projections screen).</source>
        <translation>
            <numerusform>%Ln apunte del registro de auditoría no se pudo leer y queda fuera (véase la pantalla Proyecciones).</numerusform>
            <numerusform>%Ln apuntes del registro de auditoría no se pudieron leer y quedan fuera (véase la pantalla Proyecciones).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Statement of account</source>
        <translation>Extracto de cuenta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on</source>
        <translation>Impreso el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts in</source>
        <translation>Importes en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <comment>family status, date</comment>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Credit on %1</source>
        <translation>Saldo a favor al %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance owed on %1</source>
        <translation>Pendiente al %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought forward</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 — statement for %2 (continued)</source>
        <translation>%1 — extracto del periodo %2 (continuación)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — statement of %2</source>
        <translation>%1 — extracto de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Statement — %1</source>
        <translation>Extracto — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statements — %1</source>
        <translation>Extractos — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no statement to write.</source>
        <translation>No hay ningún extracto que escribir.</translation>
    </message>
</context>
<context>
    <name>StatementText</name>
    <message>
        <location filename="../ui/export/statement_text.cpp" line="+19"/>
        <source>Check no. %1</source>
        <translation>Cheque n.º %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, reference %2</source>
        <comment>payment method, transaction id</comment>
        <translation>%1, referencia %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tuition for %1 (%2), due %3</source>
        <comment>month, charge id, due date</comment>
        <translation>Cuota de %1 (%2), vence el %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to %2</source>
        <comment>statement period: from, to</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — cancelled on %2</source>
        <translation>%1 — cancelada el %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment: %1 — voided on %2</source>
        <translation>Pago: %1 — anulado el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment: %1</source>
        <translation>Pago: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment of %1 voided (%2): %3</source>
        <translation>Pago del %1 anulado (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment %1 voided: %2</source>
        <translation>Pago %1 anulado: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tuition for %1 (%2) cancelled: %3</source>
        <translation>Cuota de %1 (%2) cancelada: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge %1 cancelled: %2</source>
        <translation>Cargo %1 cancelado: %2</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/store/coop_file.cpp" line="+109"/>
        <location line="+5"/>
        <location line="+13"/>
        <location line="+193"/>
        <source>%1 is not a CoopDesk co-op file</source>
        <translation>%1 no es un archivo de cooperativa de CoopDesk</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>%1 was written by a newer version of CoopDesk (file schema %2, this version reads up to %3); update CoopDesk to open it</source>
        <translation>%1 fue escrito por una versión más nueva de CoopDesk (esquema %2; esta versión lee hasta el %3); actualice CoopDesk para abrirlo</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is damaged: it is shorter than its header says (%2 bytes, expected %3); restore it from a backup</source>
        <translation>%1 está dañado: es más corto de lo que indica su cabecera (%2 bytes, se esperaban %3); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be created: %2</source>
        <translation>%1 no se puede crear: %2</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, not a regular file: CoopDesk opens only regular files; give the path of one</source>
        <translation>%1 es %2, no un archivo normal: CoopDesk solo abre archivos normales; indique la ruta de uno</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is on read-only media and its latest changes are still in %1-wal, which cannot be read there; copy %1 and %1-wal to a writable folder and open the copy</source>
        <translation>%1 está en un medio de solo lectura y sus últimos cambios siguen en %1-wal, que no se puede leer allí; copie %1 y %1-wal a una carpeta con permiso de escritura y abra la copia</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite_connection.cpp" line="+41"/>
        <source>the file is locked by another program; try again in a moment</source>
        <translation>el archivo está bloqueado por otro programa; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a CoopDesk file</source>
        <translation>no es un archivo de CoopDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file could not be read or written</source>
        <translation>no se pudo leer ni escribir el archivo</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>in the statement “%1”</source>
        <translation>en la instrucción “%1”</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite_event_store.cpp" line="-210"/>
        <source>Position %1 cannot follow position %2 in %3</source>
        <translation>La posición %1 no puede seguir a la posición %2 en %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is read-only (on read-only media, or without permission to write it): nothing can be recorded in it; to record, copy it to a writable folder</source>
        <translation>%1 es de solo lectura (está en un medio de solo lectura, o sin permiso para escribir en él): no se puede registrar nada en él; para registrar, cópielo a una carpeta con permiso de escritura</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 is read-only: nothing can be copied into it</source>
        <translation>%1 es de solo lectura: no se puede copiar nada en él</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already holds events: a copy goes only into an empty co-op; it was left as it was</source>
        <translation>%1 ya contiene eventos: una copia solo puede hacerse en una cooperativa vacía; se dejó como estaba</translation>
    </message>
    <message>
        <location filename="../core/store/postgres/pg_error.cpp" line="+60"/>
        <source>The connection to the co-op&apos;s server %1 was lost (%2); nothing unfinished was recorded: try again when the server can be reached</source>
        <translation>Se perdió la conexión con el servidor de la cooperativa %1 (%2); no se registró nada a medias: vuelva a intentarlo cuando se pueda llegar al servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The co-op&apos;s server %1 refused the change: its events are append-only (%2)</source>
        <translation>El servidor de la cooperativa %1 rechazó el cambio: sus eventos solo admiten añadir (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The co-op&apos;s server %1 refused the event: an event records the role that logged in, not another user (%2)</source>
        <translation>El servidor de la cooperativa %1 rechazó el evento: un evento registra el rol que inició la sesión, no otro usuario (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The co-op&apos;s server %1 is busy: another desk held the co-op too long (%2); try again</source>
        <translation>El servidor de la cooperativa %1 está ocupado: otro puesto retuvo la cooperativa demasiado tiempo (%2); vuelva a intentarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The co-op on %1 was opened to read only: nothing can be recorded (%2)</source>
        <translation>La cooperativa en %1 se abrió solo para lectura: no se puede registrar nada (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This role may only read the co-op on %1: nothing can be recorded (%2)</source>
        <translation>Este rol solo puede leer la cooperativa en %1: no se puede registrar nada (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The co-op&apos;s server %1 is out of disk space (%2); ask its administrator to make room</source>
        <translation>El servidor de la cooperativa %1 no tiene espacio en disco (%2); pida a su administrador que libere espacio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The co-op&apos;s server %1 reports damaged data (%2); ask its administrator to restore it from a backup</source>
        <translation>El servidor de la cooperativa %1 informa de datos dañados (%2); pida a su administrador que lo restaure desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The co-op&apos;s server %1 reported an error (SQLSTATE %2): %3</source>
        <translation>El servidor de la cooperativa %1 informó de un error (SQLSTATE %2): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot connect to the co-op&apos;s server %1: %2</source>
        <translation>No se puede conectar con el servidor de la cooperativa %1: %2</translation>
    </message>
    <message>
        <location filename="../core/store/postgres/pg_rows.cpp" line="+71"/>
        <source>The co-op on %1 has lost its head row; restore the database from a backup</source>
        <translation>La cooperativa en %1 ha perdido su fila de cabecera; restaure la base de datos desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../core/store/postgres/pg_event_store.cpp" line="-277"/>
        <source>The co-op on %1 is open to read only: this role may only read (%2 may not record events; the co-op&apos;s administrator can grant it %3): nothing can be recorded</source>
        <translation>La cooperativa en %1 está abierta solo para lectura: este rol solo puede leer (%2 no puede registrar eventos; el administrador de la cooperativa puede concederle %3): no se puede registrar nada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The co-op on %1 was opened to read only: nothing can be recorded</source>
        <translation>La cooperativa en %1 se abrió solo para lectura: no se puede registrar nada</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>CoopDesk keeps trying.</source>
        <translation>CoopDesk lo sigue intentando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 now holds another co-op than the one opened; open it again</source>
        <translation>El servidor %1 contiene ahora otra cooperativa distinta de la que se abrió; vuelva a abrirla</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The co-op on %1 is open to read only (this role may only read, or it was asked): nothing can be copied into it</source>
        <translation>La cooperativa en %1 está abierta solo para lectura (este rol solo puede leer, o así se pidió): no se puede copiar nada en ella</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the owner of the co-op&apos;s schema on %1 may copy events into it, keeping who recorded them: run copy as the database&apos;s owner</source>
        <translation>Solo el propietario del esquema de la cooperativa en %1 puede copiar eventos en ella conservando quién los registró: ejecute copy como propietario de la base de datos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The co-op on %1 already holds events: a copy goes only into an empty co-op; it was left as it was</source>
        <translation>La cooperativa en %1 ya contiene eventos: una copia solo puede hacerse en una cooperativa vacía; se dejó como estaba</translation>
    </message>
    <message>
        <location filename="../core/store/postgres/pg_schema.cpp" line="+158"/>
        <source>The database %1 on %2 has a schema “coopdesk” that CoopDesk did not make; it was left untouched. Use another database for the co-op</source>
        <translation>La base de datos %1 en %2 tiene un esquema «coopdesk» que CoopDesk no creó; se dejó intacto. Use otra base de datos para la cooperativa</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The database %1 on %2 already holds a co-op; it was left as it was</source>
        <translation>La base de datos %1 en %2 ya contiene una cooperativa; se dejó como estaba</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>This role may not create the co-op&apos;s schema in the database %1 on %2: run init as the database&apos;s owner</source>
        <translation>Este rol no puede crear el esquema de la cooperativa en la base de datos %1 en %2: ejecute init como propietario de la base de datos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The database %1 on %2 holds no co-op; create one with coopdesk-cli --db LOCATION init</source>
        <translation>La base de datos %1 en %2 no contiene ninguna cooperativa; cree una con coopdesk-cli --db UBICACIÓN init</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This role may not read the co-op in the database %1 on %2: the co-op&apos;s administrator can grant it %3 or %4</source>
        <translation>Este rol no puede leer la cooperativa de la base de datos %1 en %2: el administrador de la cooperativa puede concederle %3 o %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The co-op in database %1 on %2 was written by a newer version of CoopDesk (schema %3, this version reads up to %4); update CoopDesk to open it</source>
        <translation>La cooperativa de la base de datos %1 en %2 la escribió una versión más reciente de CoopDesk (esquema %3; esta versión lee hasta el %4); actualice CoopDesk para abrirla</translation>
    </message>
    <message>
        <location filename="../core/store/postgres/pg_roles.cpp" line="+78"/>
        <source>The database name %1 is too long for its co-op&apos;s roles (%2, %3: at most %4 bytes); use a shorter name</source>
        <translation>El nombre de la base de datos %1 es demasiado largo para los roles de su cooperativa (%2, %3: como máximo %4 bytes); use un nombre más corto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This role may not create the co-op&apos;s group role %1 on %2: run init as a role with CREATEROLE, or have the server&apos;s administrator create it first (CREATE ROLE %1 NOLOGIN)</source>
        <translation>Este rol no puede crear el rol de grupo %1 de la cooperativa en %2: ejecute init con un rol que tenga CREATEROLE, o pida al administrador del servidor que lo cree antes (CREATE ROLE %1 NOLOGIN)</translation>
    </message>
    <message>
        <location filename="../core/store/postgres/pg_verbatim_session.cpp" line="+26"/>
        <source>Position %1 cannot follow position %2 on %3</source>
        <translation>La posición %1 no puede seguir a la posición %2 en %3</translation>
    </message>
    <message>
        <location filename="../core/store/store_copy.cpp" line="-63"/>
        <source>The co-op %1 does not check out (%2); nothing was copied</source>
        <translation>La cooperativa %1 no supera la verificación (%2); no se copió nada</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The co-op %1 does not check out (its head is at position %2, its events end at %3); nothing was copied</source>
        <translation>La cooperativa %1 no supera la verificación (su cabecera está en la posición %2 y sus eventos terminan en la %3); no se copió nada</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The copy on %1 does not check out (%2)</source>
        <translation>La copia en %1 no supera la verificación (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 exists: a copy never replaces a file; choose a new name</source>
        <translation>%1 ya existe: una copia nunca reemplaza un archivo; elija otro nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written: its folder does not exist; nothing was written</source>
        <translation>No se puede escribir %1: su carpeta no existe; no se escribió nada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The copy %1 does not check out (%2); it was removed</source>
        <translation>La copia %1 no supera la verificación (%2); se ha eliminado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy %1 could not be completed (its write-ahead log is still open); it was removed</source>
        <translation>No se pudo completar la copia %1 (su registro de escritura anticipada sigue abierto); se ha eliminado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy could not be named %1 (a file of that name appeared, or the folder refused); nothing was kept</source>
        <translation>No se pudo dar a la copia el nombre %1 (apareció un archivo con ese nombre o la carpeta lo impidió); no se conservó nada</translation>
    </message>
</context>
<context>
    <name>StorageAdvice</name>
    <message>
        <location filename="../ui/session/storage_advice.cpp" line="+21"/>
        <source>Choose a co-op file made by CoopDesk (NAME.coop).</source>
        <translation>Elija un archivo de cooperativa creado por CoopDesk (NOMBRE.coop).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install a newer version of CoopDesk to open this file.</source>
        <translation>Instale una versión más nueva de CoopDesk para abrir este archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged. Restore it from a backup; CoopDesk has not changed it.</source>
        <translation>El archivo está dañado. Restáurelo desde una copia de seguridad; CoopDesk no lo ha modificado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is using the co-op file. Try again in a moment.</source>
        <translation>Otro programa está usando el archivo de cooperativa. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The co-op file cannot be written (see its permissions).</source>
        <translation>No se puede escribir en el archivo de cooperativa (vea sus permisos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the co-op file exists and that you may read and write it.</source>
        <translation>Compruebe que el archivo de cooperativa existe y que tiene permiso para leerlo y escribir en él.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that no other program is using the co-op file and that the disk has free space, then try again.</source>
        <translation>Compruebe que ningún otro programa esté usando el archivo de cooperativa y que el disco tenga espacio libre, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the server&apos;s name and port, the database and the user, and that this computer can reach the server.</source>
        <translation>Compruebe el nombre y el puerto del servidor, la base de datos y el usuario, y que este equipo puede llegar al servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the database&apos;s name: it must hold a co-op made with coopdesk-cli init.</source>
        <translation>Compruebe el nombre de la base de datos: debe contener una cooperativa creada con coopdesk-cli init.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install a newer version of CoopDesk to open this co-op.</source>
        <translation>Instale una versión más reciente de CoopDesk para abrir esta cooperativa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>El servidor está ocupado. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the server&apos;s administrator for a sign-in that may record.</source>
        <translation>Pida al administrador del servidor un inicio de sesión que pueda registrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network and that the co-op&apos;s server is running. CoopDesk reconnects by itself; what you typed is kept.</source>
        <translation>Compruebe la red y que el servidor de la cooperativa esté en marcha. CoopDesk se vuelve a conectar solo; lo que escribió se conserva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the server&apos;s administrator about the message above.</source>
        <translation>Consulte el mensaje anterior con el administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>VoidPaymentForm</name>
    <message>
        <location filename="../ui/command_dialogs/void_payment_form.cpp" line="+31"/>
        <source>%1 · %2 · %3</source>
        <comment>payment: date · amount · method</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · transaction %2</source>
        <translation>%1 · transacción %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment %1</source>
        <translation>Pago %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the payment to void…</source>
        <translation>Elija el pago que anular…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No payments</source>
        <translation>Sin pagos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no payment to void: none is recorded, or every one is voided already.</source>
        <translation>%1 no tiene pagos que anular: no hay ninguno registrado o ya están todos anulados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voids %1 received on %2 by %3; the family&apos;s balance goes from %4 to %5.</source>
        <translation>Anula %1 recibidos el %2 (%3); el saldo de la familia pasa de %4 a %5.</translation>
    </message>
</context>
<context>
    <name>coopdesk::ActivityModel</name>
    <message>
        <location filename="../ui/activity/activity_model.cpp" line="+255"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family ID</source>
        <translation>ID de familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>coopdesk::ActivityScreen</name>
    <message>
        <location filename="../ui/activity/activity_screen.cpp" line="+40"/>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify Audit Trail</source>
        <translation>&amp;Verificar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any family (name or ID)</source>
        <translation>Todas (nombre o ID)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;amily:</source>
        <translation>F&amp;amilia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check that no recorded event was changed, removed or inserted outside CoopDesk (the hash chain) and that the file still refuses changes to events</source>
        <translation>Comprobar que ningún evento registrado se ha cambiado, borrado o insertado fuera de CoopDesk (la cadena de hashes) y que el archivo sigue rechazando cambios en los eventos</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+119"/>
        <source>The activity log cannot be read right now</source>
        <translation>Ahora no se puede leer el registro de actividad</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Stopped after %Ln event(s); nothing wrong was found.</source>
        <translation>
            <numerusform>Detenida tras %Ln evento; no se encontró nada incorrecto.</numerusform>
            <numerusform>Detenida tras %Ln eventos; no se encontró nada incorrecto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-106"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Reading the activity log…</source>
        <translation>Leyendo el registro de actividad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No event matches these filters.</source>
        <translation>Ningún evento cumple estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events: %1, newest first</source>
        <translation>Eventos: %1, los más recientes primero</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Events checked: %1. Each matches the hash chain, and the file refuses changes to events.</source>
        <translation>Eventos comprobados: %1. Todos coinciden con la cadena de hashes, y el archivo rechaza cambios en los eventos.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 de %Ln evento</numerusform>
            <numerusform>%1 de %Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+182"/>
        <source>The audit trail is intact.</source>
        <translation>El registro de auditoría está intacto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification cancelled.</source>
        <translation>Verificación cancelada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First bad position: %1. %2</source>
        <translation>Primera posición incorrecta: %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit trail is broken.</source>
        <translation>El registro de auditoría está roto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail could not be verified.</source>
        <translation>No se pudo verificar el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>coopdesk::AtRiskModel</name>
    <message>
        <location filename="../ui/at_risk/at_risk_model.cpp" line="+57"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended action</source>
        <translation>Acción recomendada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days since</source>
        <translation>Días desde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prefers</source>
        <translation>Prefiere</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days until the family might withdraw: a rule of thumb, not a prediction: (100 − risk score) × 3 days, at least 7 days</source>
        <translation>Días hasta que la familia podría darse de baja: una regla práctica, no una predicción: (100 − puntuación de riesgo) × 3 días, como mínimo 7 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family&apos;s preferred contact channel</source>
        <translation>El medio de contacto que prefiere la familia</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Est. days left</source>
        <translation>Días restantes (est.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risk score, plus 10 if the family was never contacted, plus 5 if it owes tuition</source>
        <translation>Puntuación de riesgo, más 10 si nunca se contactó con la familia, más 5 si debe cuotas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days since the last recorded contact, as of today</source>
        <translation>Días desde el último contacto registrado, a fecha de hoy</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 risk</source>
        <translation>Riesgo %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>coopdesk::AtRiskScreen</name>
    <message>
        <location filename="../ui/at_risk/at_risk_screen.cpp" line="+30"/>
        <source>&amp;Record Contact…</source>
        <translation>&amp;Registrar contacto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Families at risk</source>
        <translation>Familias en riesgo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record a contact with the selected family, dated today, by their preferred channel (Enter or double-click)</source>
        <translation>Registrar un contacto con la familia seleccionada, con fecha de hoy, por su medio preferido (Intro o doble clic)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Days to withdrawal is a rule of thumb, (100 − risk score) × 3 days and at least 7, not a prediction. Days since contact count to today.</source>
        <translation>Los días hasta la baja son una regla práctica, (100 − puntuación de riesgo) × 3 días y como mínimo 7, no una predicción. Los días desde el contacto se cuentan hasta hoy.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No family is at risk.</source>
        <translation>Ninguna familia está en riesgo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families with a risk score of 70 or more: %1, most urgent first.</source>
        <translation>Familias con una puntuación de riesgo de 70 o más: %1, las más urgentes primero.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>coopdesk::CancelRunDialog</name>
    <message>
        <location filename="../ui/charge_all/cancel_run_dialog.cpp" line="+18"/>
        <source>Cancel This Run</source>
        <translation>Cancelar este cobro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason, recorded with every cancelled charge:</source>
        <translation>&amp;Motivo, anotado en cada cargo cancelado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: the wrong amount was charged</source>
        <translation>Por ejemplo: se cobró un importe equivocado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the &amp;Charges</source>
        <translation>Cancelar los &amp;cargos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Them</source>
        <translation>Mante&amp;nerlos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation>El motivo tiene %1 caracteres; se admiten como máximo %2.</translation>
    </message>
</context>
<context>
    <name>coopdesk::CashReceiptsModel</name>
    <message>
        <location filename="../ui/payments/cash_receipts_model.cpp" line="+65"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <comment>between the payment methods of a month</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Families paying</source>
        <translation>Familias que pagan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Methods</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The month of the payment&apos;s date</source>
        <translation>El mes de la fecha del pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments dated in the month (voided payments are not counted)</source>
        <translation>Pagos con fecha en el mes (los pagos anulados no cuentan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Families with a payment dated in the month</source>
        <translation>Familias con un pago con fecha en el mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every payment dated in the month, whatever month&apos;s tuition it pays, credit on account included: what the bank deposits show</source>
        <translation>Todos los pagos con fecha en el mes, sea cual sea el mes de la cuota que pagan, saldo a favor incluido: lo que muestran los depósitos en el banco</translation>
    </message>
</context>
<context>
    <name>coopdesk::ChargeAllDialog</name>
    <message>
        <location filename="../ui/charge_all/charge_all_dialog.cpp" line="+107"/>
        <source>Charge Tuition to All Families</source>
        <translation>Cobrar la cuota a todas las familias</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop now: nothing is saved</source>
        <translation>Parar ahora: no se guarda nada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Preview Again</source>
        <translation>&amp;Actualizar vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the families again, as they are now</source>
        <translation>Leer de nuevo las familias, tal como están ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel This &amp;Run…</source>
        <translation>Ca&amp;ncelar este cobro…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel every charge this run made, with a reason</source>
        <translation>Cancelar todos los cargos que hizo este cobro, con un motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+345"/>
        <source>&amp;Charge</source>
        <translation>&amp;Cobrar</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>The &amp;same amount for every family:</source>
        <translation>El mismo im&amp;porte para todas las familias:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount for &amp;each child:</source>
        <translation>Un importe por ca&amp;da hijo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each family&apos;s &amp;last tuition amount</source>
        <translation>La ú&amp;ltima cuota de cada familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount of the family&apos;s latest tuition charge of an earlier month; families never charged before are skipped</source>
        <translation>El importe de la última cuota de la familia en un mes anterior; se omiten las familias a las que nunca se cobró</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Due date:</source>
        <translation>Fecha de &amp;vencimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <source>Other charges this month</source>
        <translation>Otros cargos del mes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Why skipped</source>
        <translation>Por qué se omite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Families left out of this run, and why</source>
        <translation>Familias que este cobro deja fuera, y por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families to charge that already hold other charges of the month: a second charge may be a mistake</source>
        <translation>Familias a cobrar que ya tienen otros cargos del mes: un segundo cargo puede ser un error</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+303"/>
        <source>Charge id: %1</source>
        <translation>Id. del cargo: %1</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Enter the due date.</source>
        <translation>Escriba la fecha de vencimiento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the amount every family is charged.</source>
        <translation>Escriba el importe que se cobra a cada familia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount charged for each child.</source>
        <translation>Escriba el importe que se cobra por cada hijo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an amount: type it as %2.</source>
        <translation>«%1» no es un importe: escríbalo como %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <source>Reading the families…</source>
        <translation>Leyendo las familias…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&amp;Charge %n Family(s)</source>
        <translation>
            <numerusform>&amp;Cobrar a %n familia</numerusform>
            <numerusform>&amp;Cobrar a %n familias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>To charge (%1)</source>
        <translation>A cobrar (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped (%1)</source>
        <translation>Omitidas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With other charges this month (%1)</source>
        <translation>Con otros cargos del mes (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n family(s) to charge for %1: %2 in total, due %3.</source>
        <translation>
            <numerusform>%n familia a cobrar por %1: %2 en total, con vencimiento el %3.</numerusform>
            <numerusform>%n familias a cobrar por %1: %2 en total, con vencimiento el %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody to charge for %1.</source>
        <translation>Nadie a quien cobrar por %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n family(s) skipped.</source>
        <translation>
            <numerusform>%n familia omitida.</numerusform>
            <numerusform>%n familias omitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them already hold(s) other charges of the month.</source>
        <translation>
            <numerusform>%n de ellas ya tiene otros cargos del mes.</numerusform>
            <numerusform>%n de ellas ya tienen otros cargos del mes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Charging %n family(s)…</source>
        <translation>
            <numerusform>Cobrando a %n familia…</numerusform>
            <numerusform>Cobrando a %n familias…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Cancel the %n charge(s) of %1 this run made, %2 in total? Each stays in the family&apos;s history as cancelled, with the reason.</source>
        <translation>
            <numerusform>¿Cancelar %n cargo %1 que hizo este cobro, %2 en total? Queda en el historial de la familia como cancelado, con el motivo.</numerusform>
            <numerusform>¿Cancelar los %n cargos %1 que hizo este cobro, %2 en total? Cada uno queda en el historial de su familia como cancelado, con el motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Cancelling %n charge(s)…</source>
        <translation>
            <numerusform>Cancelando %n cargo…</numerusform>
            <numerusform>Cancelando %n cargos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close without charging anybody?</source>
        <translation>¿Cerrar sin cobrar a nadie?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been charged yet.</source>
        <translation>Todavía no se ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bringing the list of families up to date…</source>
        <translation>Poniendo al día la lista de familias…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The families cannot be read</source>
        <translation>No se pueden leer las familias</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Charged %n family(s) for %1: %2 in total.</source>
        <translation>
            <numerusform>Se cobró a %n familia por %1: %2 en total.</numerusform>
            <numerusform>Se cobró a %n familias por %1: %2 en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The run was cancelled before it was saved: nobody was charged.</source>
        <translation>El cobro se canceló antes de guardarse: no se cobró a nadie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody was charged.</source>
        <translation>No se cobró a nadie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The charges could not be saved</source>
        <translation>No se pudieron guardar los cargos</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The run was cancelled: %n charge(s) of %1 cancelled, %2 in total.</source>
        <translation>
            <numerusform>Cobro cancelado: %n cargo %1 cancelado, %2 en total.</numerusform>
            <numerusform>Cobro cancelado: %n cargos %1 cancelados, %2 en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling the run was stopped: every charge of the run stands.</source>
        <translation>Se detuvo la cancelación: todos los cargos del cobro siguen en pie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No charge was cancelled.</source>
        <translation>No se canceló ningún cargo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The charges could not be cancelled</source>
        <translation>No se pudieron cancelar los cargos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 %2</source>
        <comment>family, why it was refused</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nobody was charged: %n family(s) changed since the preview.</source>
        <translation>
            <numerusform>No se cobró a nadie: %n familia cambió desde la vista previa.</numerusform>
            <numerusform>No se cobró a nadie: %n familias cambiaron desde la vista previa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No charge was cancelled: %n family(s) changed since the run.</source>
        <translation>
            <numerusform>No se canceló ningún cargo: %n familia cambió desde el cobro.</numerusform>
            <numerusform>No se canceló ningún cargo: %n familias cambiaron desde el cobro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Preview Again to see who can be charged now.</source>
        <translation>Elija Actualizar vista previa para ver a quién se puede cobrar ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s other charges stand.</source>
        <translation>Los demás cargos del cobro siguen en pie.</translation>
    </message>
</context>
<context>
    <name>coopdesk::ChargeAllFamiliesModel</name>
    <message>
        <location filename="../ui/charge_all/charge_all_families_model.cpp" line="+56"/>
        <source>Family id: %1</source>
        <translation>Id. de la familia: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children</source>
        <translation>Hijos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>coopdesk::ChargeAllMenuAction</name>
    <message>
        <location filename="../ui/charge_all/charge_all_menu_action.cpp" line="+15"/>
        <source>Charge &amp;Tuition to All Families…</source>
        <translation>Cobrar la cuota a &amp;todas las familias…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge every enrolled family its tuition for a month, in one step</source>
        <translation>Cobrar a cada familia inscrita su cuota de un mes, de una vez</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Tuition charged to %n family(s): %1.</source>
        <translation>
            <numerusform>Cuota cobrada a %n familia: %1.</numerusform>
            <numerusform>Cuota cobrada a %n familias: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::ChargeAllText</name>
    <message>
        <location filename="../ui/charge_all/charge_all_text.cpp" line="+11"/>
        <source>%1 (%2)</source>
        <comment>family name (parent name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already holds %1</source>
        <translation>Ya tiene %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No child recorded</source>
        <translation>Sin hijos registrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tuition charged before this month</source>
        <translation>Sin cuotas cobradas antes de este mes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>was charged %1 since the preview</source>
        <translation>recibió el cargo %1 después de la vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was withdrawn since the preview</source>
        <translation>se dio de baja después de la vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is no longer in the co-op file</source>
        <translation>ya no está en el archivo de la cooperativa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no longer holds %1: it was cancelled since the run</source>
        <translation>ya no tiene %1: se canceló después del cobro</translation>
    </message>
</context>
<context>
    <name>coopdesk::ChargeAllWorker</name>
    <message>
        <location filename="../ui/charge_all/charge_all_worker.cpp" line="+67"/>
        <source>The list of families is stopped at event %1 (%2), so it may miss families or charges.</source>
        <translation>La lista de familias está detenida en el evento %1 (%2), así que puede faltar alguna familia o algún cargo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the Projections screen to retry it after an update, or to skip the event. Nobody can be charged until then.</source>
        <translation>Abra la pantalla Proyecciones para reintentarlo tras una actualización o para omitir el evento. Hasta entonces no se puede cobrar a nadie.</translation>
    </message>
</context>
<context>
    <name>coopdesk::CommandDialog</name>
    <message>
        <location filename="../ui/command_dialogs/command_dialog.cpp" line="+106"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que ha escrito?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of this form has been saved.</source>
        <translation>No se ha guardado nada de este formulario.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Leave empty to have one generated</source>
        <translation>Déjelo vacío para que se genere uno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick to change this detail; left empty, it is cleared.</source>
        <translation>Márquelo para cambiar este dato; si lo deja vacío, se borra.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of the family&apos;s or parent&apos;s name</source>
        <translation>Escriba parte del nombre de la familia o del padre o la madre</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No family chosen yet.</source>
        <translation>Todavía no se ha elegido ninguna familia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ID %1 · its name is not known yet (the read models are catching up)</source>
        <translation>ID %1 · su nombre aún no se conoce (los modelos de lectura se están poniendo al día)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+44"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+52"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Parent: %1 · ID %2</source>
        <translation>Padre o madre: %1 · ID %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is withdrawn (since %2).</source>
        <translation>%1 está dada de baja (desde el %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is withdrawn.</source>
        <translation>%1 está dada de baja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It cannot be withdrawn again.</source>
        <translation>No se puede dar de baja otra vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be recorded for a withdrawn family: re-enroll it first.</source>
        <translation>Esto no se puede registrar para una familia dada de baja: vuelva a inscribirla antes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is recorded for it all the same.</source>
        <translation>Esto se registra igualmente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a withdrawn family can be re-enrolled.</source>
        <translation>Solo se puede volver a inscribir una familia dada de baja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is enrolled.</source>
        <translation>%1 está inscrita.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (withdrawn)</source>
        <translation>%1 (dada de baja)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No family matches “%1”.</source>
        <translation>Ninguna familia coincide con «%1».</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>choose the family: type part of its name and pick it from the list.</source>
        <translation>elija la familia: escriba parte de su nombre y selecciónela en la lista.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the family: type part of its name and pick it from the list.</source>
        <translation>Elija la familia: escriba parte de su nombre y selecciónela en la lista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tick at least one detail to change.</source>
        <translation>marque al menos un dato que cambiar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No co-op file is open: nothing can be saved.</source>
        <translation>No hay ningún archivo de cooperativa abierto: no se puede guardar nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To save: %1</source>
        <translation>Para guardar: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The command was not saved.</source>
        <translation>El comando no se guardó.</translation>
    </message>
</context>
<context>
    <name>coopdesk::ConnectDialog</name>
    <message>
        <location filename="../ui/connect/connect_dialog.cpp" line="+21"/>
        <source>Connect to a Shared Co-op</source>
        <translation>Conectar a una cooperativa compartida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A shared co-op keeps its events on a PostgreSQL server, so that several desks record into one co-op. Ask its administrator for these details.</source>
        <translation>Una cooperativa compartida guarda sus eventos en un servidor PostgreSQL, para que varios puestos registren en la misma cooperativa. Pida estos datos a su administrador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server asks for a password: connect again to give it.</source>
        <translation>El servidor pide una contraseña: vuelva a conectar para darla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect</source>
        <translation>No se puede conectar</translation>
    </message>
</context>
<context>
    <name>coopdesk::ConnectionForm</name>
    <message>
        <location filename="../ui/connect/connection_form.cpp" line="+27"/>
        <source>A &amp;server</source>
        <translation>Un &amp;servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service &amp;name (from the PostgreSQL service file)</source>
        <translation>Un &amp;nombre de servicio (del archivo de servicios de PostgreSQL)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>disable (no encryption)</source>
        <translation>disable (sin cifrado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prefer (encrypt when offered)</source>
        <translation>prefer (cifrar si el servidor lo ofrece)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require (always encrypt)</source>
        <translation>require (cifrar siempre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-ca (encrypt, check the certificate)</source>
        <translation>verify-ca (cifrar y comprobar el certificado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full (encrypt, check the certificate and host)</source>
        <translation>verify-full (cifrar y comprobar el certificado y el servidor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Cifrado (TLS):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as the service says</source>
        <translation>el que indique el servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ser&amp;vice:</source>
        <translation>S&amp;ervicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ser:</source>
        <translation>Usua&amp;rio:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Give the service&apos;s name.</source>
        <translation>Indique el nombre del servicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the database&apos;s name.</source>
        <translation>Indique el nombre de la base de datos.</translation>
    </message>
</context>
<context>
    <name>coopdesk::CoopSession</name>
    <message>
        <location filename="../ui/session/coop_session.cpp" line="+114"/>
        <source>%1 is a folder, not a co-op file</source>
        <translation>%1 es una carpeta, no un archivo de cooperativa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose another name or folder.</source>
        <translation>Elija otro nombre u otra carpeta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is read-only (see its permissions): you can look at it, but nothing can be recorded in it.</source>
        <translation>El archivo es de solo lectura (revise sus permisos): puede consultarlo, pero no se puede registrar nada en él.</translation>
    </message>
</context>
<context>
    <name>coopdesk::DashboardScreen</name>
    <message>
        <location filename="../ui/dashboard/dashboard_screen.cpp" line="+52"/>
        <source>Families enrolled</source>
        <translation>Familias inscritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected this month</source>
        <translation>Cobrado este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received this month</source>
        <translation>Recibido este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding tuition</source>
        <translation>Cuotas pendientes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>for this month&apos;s charges</source>
        <translation>por las cuotas de este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by payment date</source>
        <translation>por fecha de pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolled families with a risk score of 70 or more. Click to see them.</source>
        <translation>Familias inscritas con una puntuación de riesgo de 70 o más. Haga clic para verlas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuition charged and not yet paid, all months. Click for the payments report.</source>
        <translation>Cuotas cobradas a las familias y aún no pagadas, todos los meses. Haga clic para ver el informe de pagos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolled families by risk tier</source>
        <translation>Familias inscritas por nivel de riesgo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Withdrawn: %1</source>
        <translation>De baja: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Families overdue: %1</source>
        <translation>Familias con pagos vencidos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments that settled the tuition charged for %1, whenever they were paid. Click for the payments report.</source>
        <translation>Pagos que saldaron las cuotas de %1, sea cual sea la fecha en que se pagaron. Haga clic para ver el informe de pagos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Months with unpaid tuition: %1</source>
        <translation>Meses con cuotas sin pagar: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No payment dated in %1</source>
        <translation>Ningún pago con fecha en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln payment(s) in %1</source>
        <translation>
            <numerusform>%Ln pago en %1</numerusform>
            <numerusform>%Ln pagos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families paying: %1</source>
        <translation>Familias que pagan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every payment dated in %1, whatever month&apos;s tuition it pays, credit on account included: what the bank deposits show. Click for the payments report.</source>
        <translation>Todos los pagos con fecha en %1, sea cual sea el mes de la cuota que pagan, saldo a favor incluido: lo que muestran los depósitos en el banco. Haga clic para ver el informe de pagos.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1 critical, %2 high</source>
        <translation>%1 críticas, %2 altas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>of %1 expected in %2 (%3%)</source>
        <translation>de %1 previstos en %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tuition charged for %1</source>
        <translation>No hay cuotas para %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every charge is paid</source>
        <translation>Todas las cuotas están pagadas</translation>
    </message>
</context>
<context>
    <name>coopdesk::DateLineEdit</name>
    <message>
        <location filename="../ui/widgets/date_line_edit.cpp" line="+40"/>
        <source>A date such as %1; Alt+Down shows a calendar</source>
        <translation>Una fecha como %1; Alt+Abajo muestra un calendario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Elija la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Enter a date such as %1</source>
        <translation>Escriba una fecha como %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a date from %1 to %2</source>
        <translation>Escriba una fecha del %1 al %2</translation>
    </message>
</context>
<context>
    <name>coopdesk::DemoCoopDialog</name>
    <message>
        <location filename="../ui/demo/demo_coop_dialog.cpp" line="+15"/>
        <source>Demo Co-op</source>
        <translation>Cooperativa de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the demo co-op: %1 over %2…</source>
        <comment>families, months</comment>
        <translation>Creando la cooperativa de demostración: %1 durante %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln family(s)</source>
        <translation>
            <numerusform>%Ln familia</numerusform>
            <numerusform>%Ln familias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mes</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>coopdesk::EventExportMenuAction</name>
    <message>
        <location filename="../ui/event_export/event_export_menu_action.cpp" line="+18"/>
        <source>Export &amp;Events…</source>
        <translation>&amp;Exportar eventos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the event log (the audit trail) to a file, as JSON lines</source>
        <translation>Escribe el registro de eventos (la pista de auditoría) en un archivo, como líneas JSON</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 events.jsonl</source>
        <translation>%1 eventos.jsonl</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+38"/>
        <source>Export Events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>JSON lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>Líneas JSON (*.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the event log to %1…</source>
        <translation>Escribiendo el registro de eventos en %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Event log written to %1. Events: %2.</source>
        <translation>Registro de eventos escrito en %1. Eventos: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Exportación cancelada: no se escribió %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CoopDesk could not write “%1”.</source>
        <translation>CoopDesk no pudo escribir “%1”.</translation>
    </message>
</context>
<context>
    <name>coopdesk::FamiliesModel</name>
    <message>
        <location filename="../ui/families/families_model.cpp" line="+312"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children</source>
        <translation>Hijos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total paid</source>
        <translation>Total pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid (%1)</source>
        <translation>Total pagado (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance (%1)</source>
        <translation>Saldo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last payment</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
</context>
<context>
    <name>coopdesk::FamiliesScreen</name>
    <message>
        <location filename="../ui/families/families_screen.cpp" line="+71"/>
        <source>Search names, parents, e-mail, children…</source>
        <translation>Nombres, padres, correo, hijos…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All risk tiers</source>
        <translation>Todos los niveles de riesgo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the families shown, in this order, as a CSV file</source>
        <translation>Guarda las familias mostradas, en este orden, como archivo CSV</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The families cannot be read: %1</source>
        <translation>No se pueden leer las familias: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The read models cannot be opened: %1</source>
        <translation>No se pueden abrir los modelos de lectura: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%Ln matching family(s)</source>
        <translation>
            <numerusform>%Ln familia coincide</numerusform>
            <numerusform>%Ln familias coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln family(s)</source>
        <translation>
            <numerusform>%Ln familia</numerusform>
            <numerusform>%Ln familias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No co-op file is open.</source>
        <translation>No hay ningún archivo de cooperativa abierto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting families…</source>
        <translation>Exportando familias…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+14"/>
        <source>Export Families</source>
        <translation>Exportar familias</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>families.csv</source>
        <translation>familias.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The families could not be exported to “%1”.</source>
        <translation>No se pudieron exportar las familias a «%1».</translation>
    </message>
</context>
<context>
    <name>coopdesk::FamilyActions</name>
    <message>
        <location filename="../ui/main_window/family_actions.cpp" line="+107"/>
        <source>%1 Not available: %2</source>
        <translation>%1 No disponible: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Asks which family.</source>
        <translation>%1 Pregunta a qué familia.</translation>
    </message>
</context>
<context>
    <name>coopdesk::FamilyChargesModel</name>
    <message>
        <location filename="../ui/family_detail/family_charges_model.cpp" line="+58"/>
        <source>Not settled</source>
        <translation>Sin saldar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 still owed on this charge</source>
        <translation>Aún se deben %1 de este cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge %1</source>
        <translation>Cargo %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <comment>column (currency)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocated</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settled on</source>
        <translation>Saldado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late</source>
        <translation>Días de retraso</translation>
    </message>
</context>
<context>
    <name>coopdesk::FamilyDetailView</name>
    <message>
        <location filename="../ui/family_detail/family_detail_view.cpp" line="+52"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family ID</source>
        <translation>ID de familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled on</source>
        <translation>Inscrita el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>Baja el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Hijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest child</source>
        <translation>Hijo mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers</source>
        <translation>Prefiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last contact method</source>
        <translation>Medio del último contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+180"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid</source>
        <translation>Total pagado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last payment</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average lateness</source>
        <translation>Retraso medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement and risk</source>
        <translation>Participación y riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk score</source>
        <translation>Puntuación de riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tier</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk factors</source>
        <translation>Factores de riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>← Families</source>
        <translation>← Familias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of families (Alt+Left)</source>
        <translation>Volver a la lista de familias (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Charges and settlement</source>
        <translation>Cargos y liquidación</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Timeline (audit trail)</source>
        <translation>Cronología (registro de auditoría)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 (%2)</source>
        <comment>child&apos;s name (age)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The family cannot be read: %1</source>
        <translation>No se puede leer la familia: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no family “%1” in this co-op.</source>
        <translation>No hay ninguna familia «%1» en esta cooperativa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family “%1” is not in the read models yet; it appears here as soon as they have caught up.</source>
        <translation>La familia «%1» aún no está en los modelos de lectura; aparecerá aquí en cuanto se pongan al día.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No charges.</source>
        <translation>Sin cargos.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln charge(s), all settled.</source>
        <translation>
            <numerusform>%Ln cargo, saldado.</numerusform>
            <numerusform>%Ln cargos, todos saldados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln charge(s), %1 not settled (%2 still owed).</source>
        <translation>
            <numerusform>%Ln cargo, %1 sin saldar (aún se deben %2).</numerusform>
            <numerusform>%Ln cargos, %1 sin saldar (aún se deben %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No payments.</source>
        <translation>Sin pagos.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln payment(s), %1 in all.</source>
        <translation>
            <numerusform>%Ln pago, %1 en total.</numerusform>
            <numerusform>%Ln pagos, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No payment to void: the family has no payment that counts.</source>
        <translation>No hay pagos que anular: la familia no tiene ningún pago que cuente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void one of the family&apos;s payments (select it in the list first to have it chosen).</source>
        <translation>Anula uno de los pagos de la familia (selecciónelo antes en la lista para que quede elegido).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void the selected payment: asks for the reason, shows the new balance.</source>
        <translation>Anula el pago seleccionado: pide el motivo y muestra el nuevo saldo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No charge to cancel: the family has no charge that counts.</source>
        <translation>No hay cargos que cancelar: la familia no tiene ningún cargo que cuente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel one of the family&apos;s charges (select it in the list first to have it chosen).</source>
        <translation>Cancela uno de los cargos de la familia (selecciónelo antes en la lista para que quede elegido).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the selected charge: asks for the reason, shows the new balance.</source>
        <translation>Cancela el cargo seleccionado: pide el motivo y muestra el nuevo saldo.</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%Ln year(s) old</source>
        <translation>
            <numerusform>%Ln año</numerusform>
            <numerusform>%Ln años</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
</context>
<context>
    <name>coopdesk::FamilyPaymentsModel</name>
    <message>
        <location filename="../ui/family_detail/family_payments_model.cpp" line="+57"/>
        <source>Payment %1</source>
        <translation>Pago %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <comment>column (currency)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction ID</source>
        <translation>ID de transacción</translation>
    </message>
</context>
<context>
    <name>coopdesk::FamilyStatementAction</name>
    <message>
        <location filename="../ui/statements/family_statement_action.cpp" line="+23"/>
        <source>&amp;Statement…</source>
        <translation>E&amp;xtracto…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the family&apos;s statement of account (charges, payments, corrections and the balance over a period) as a PDF</source>
        <translation>Guardar el extracto de cuenta de la familia (cargos, pagos, correcciones y saldo de un periodo) en PDF</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The co-op&apos;s read models are not open yet.</source>
        <translation>Los modelos de lectura de la cooperativa aún no están abiertos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no family “%1” in the read models (yet).</source>
        <translation>No hay (todavía) ninguna familia «%1» en los modelos de lectura.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+17"/>
        <source>Statement</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Choose a family first.</source>
        <translation>Elija primero una familia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the family on the Families screen, or select it in the list: its statement is made from its page or this menu.</source>
        <translation>Abra la familia en la pantalla Familias o selecciónela en la lista: su extracto se hace desde su página o desde este menú.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The family cannot be read.</source>
        <translation>No se puede leer la familia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The family “%1” is not in the read models yet.</source>
        <translation>La familia «%1» aún no está en los modelos de lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again once they have caught up.</source>
        <translation>Vuelva a intentarlo cuando se hayan puesto al día.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The statement of account of %1, as a PDF.</source>
        <translation>El extracto de cuenta de %1, en PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement of account of %1 (%2), as a PDF.</source>
        <translation>El extracto de cuenta de %1 (%2), en PDF.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The statement cannot be made.</source>
        <translation>No se puede preparar el extracto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Statement</source>
        <translation>Guardar extracto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The statement could not be saved.</source>
        <translation>No se pudo guardar el extracto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement saved to %1</source>
        <translation>Extracto guardado en %1</translation>
    </message>
</context>
<context>
    <name>coopdesk::FamilyTimelineModel</name>
    <message>
        <location filename="../ui/family_detail/family_timeline_model.cpp" line="+72"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
</context>
<context>
    <name>coopdesk::FieldEditor</name>
    <message>
        <location filename="../ui/command_dialogs/field_editor.cpp" line="+93"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Enter an amount such as %1, with at most two decimals</source>
        <translation>Escriba un importe como %1, con dos decimales como máximo</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>coopdesk::ImportDialog</name>
    <message>
        <location filename="../ui/import/import_dialog.cpp" line="+70"/>
        <source>Import from a Spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A CSV file saved from a spreadsheet (UTF-8)</source>
        <translation>Un archivo CSV guardado desde una hoja de cálculo (UTF-8)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;Again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the file again, after fixing it in the spreadsheet</source>
        <translation>Vuelve a leer el archivo, después de corregirlo en la hoja de cálculo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file &amp;holds:</source>
        <translation>El archivo c&amp;ontiene:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+280"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+406"/>
        <source>Rows to fix</source>
        <translation>Filas que corregir</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rows read:</source>
        <translation>Filas leídas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the rows make:</source>
        <translation>Cambios que hacen las filas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events written:</source>
        <translation>Eventos escritos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported before:</source>
        <translation>Ya importados antes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Choose a CSV File</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.CSV);;Text files (*.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.CSV);;Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+11"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+16"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Preview: the first rows of the file (%1 of %2)</source>
        <translation>Vista previa: las primeras filas del archivo (%1 de %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add them to the first line of the file (the header), or choose the kind of file it holds. Nothing has been written.</source>
        <translation>Añádalas a la primera línea del archivo (el encabezado), o elija el tipo de datos que contiene. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required columns missing: %1</source>
        <translation>Faltan columnas obligatorias: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These columns are not part of a %1 file and will be ignored.</source>
        <translation>Estas columnas no forman parte de un archivo de %1 y se ignorarán.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns ignored: %1</source>
        <translation>Columnas ignoradas: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has a header but no rows: there is nothing to import.</source>
        <translation>El archivo tiene encabezado pero ninguna fila: no hay nada que importar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row of this file was imported before: importing it again changes nothing.</source>
        <translation>Todas las filas de este archivo se importaron antes: importarlo de nuevo no cambia nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read: %1. New events to record: %2.</source>
        <translation>Filas leídas: %1. Eventos nuevos que se registrarán: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes imported before, which will not be made again: %1.</source>
        <translation>Cambios importados antes, que no se repetirán: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row can be imported</source>
        <translation>Todas las filas se pueden importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix them in the spreadsheet, save it as CSV and choose Check Again. Nothing has been written.</source>
        <translation>Corríjalas en la hoja de cálculo, guárdela como CSV y elija Comprobar de nuevo. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows that cannot be imported: %1</source>
        <translation>Filas que no se pueden importar: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be imported</source>
        <translation>Este archivo no se puede importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking was cancelled. Choose Check Again to read the file.</source>
        <translation>Se canceló la comprobación. Elija Comprobar de nuevo para leer el archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>Se canceló la importación: no se escribió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The co-op file could not be used</source>
        <translation>No se pudo usar el archivo de cooperativa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the file again: it was not read.</source>
        <translation>Elija el archivo de nuevo: no se leyó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing changed: every row of this file was imported before.</source>
        <translation>No cambió nada: todas las filas de este archivo se importaron antes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported the new rows of %1; the others were imported before.</source>
        <translation>Se importaron las filas nuevas de %1; las demás se importaron antes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1.</source>
        <translation>Se importó %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rows to fix (%1)</source>
        <translation>Filas que corregir (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %1, column %2</source>
        <translation>Línea %1, columna %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
</context>
<context>
    <name>coopdesk::ImportErrorsModel</name>
    <message>
        <location filename="../ui/import/import_errors_model.cpp" line="+49"/>
        <source>Line %1 — %2: %3</source>
        <translation>Línea %1 — %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>coopdesk::ImportMenuAction</name>
    <message>
        <location filename="../ui/import/import_menu_action.cpp" line="+13"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import families, tuition charges or payments from a CSV file</source>
        <translation>Importa familias, cuotas cobradas o pagos desde un archivo CSV</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Import finished. Events written: %1.</source>
        <translation>Importación terminada. Eventos escritos: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished: nothing new, every row had been imported before.</source>
        <translation>Importación terminada: nada nuevo, todas las filas se habían importado antes.</translation>
    </message>
</context>
<context>
    <name>coopdesk::ImportPreviewModel</name>
    <message>
        <location filename="../ui/import/import_preview_model.cpp" line="+90"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Line %1 of the file</source>
        <translation>Línea %1 del archivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a column of this kind of file: it will be ignored</source>
        <translation>No es una columna de este tipo de archivo: se ignorará</translation>
    </message>
</context>
<context>
    <name>coopdesk::ImportWorker</name>
    <message>
        <location filename="../ui/import/import_worker.cpp" line="+94"/>
        <source>CoopDesk cannot read “%1”: %2</source>
        <translation>CoopDesk no puede leer “%1”: %2</translation>
    </message>
</context>
<context>
    <name>coopdesk::KeyValueEditor</name>
    <message>
        <location filename="../ui/widgets/key_value_editor.cpp" line="+37"/>
        <source>Add factor</source>
        <translation>Añadir factor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A value such as 0.8 or true is stored as a number or a yes/no; anything else as text.</source>
        <translation>Un valor como 0.8 o true se guarda como número o como sí/no; cualquier otro, como texto.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Every factor needs a name (row %1)</source>
        <translation>Cada factor necesita un nombre (fila %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The factor “%1” appears twice</source>
        <translation>El factor «%1» aparece dos veces</translation>
    </message>
</context>
<context>
    <name>coopdesk::LiveScreen</name>
    <message>
        <location filename="../ui/charts/live_screen.cpp" line="+71"/>
        <source>The reports cannot be read</source>
        <translation>No se pueden leer los informes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The reports cannot be read right now</source>
        <translation>Ahora no se pueden leer los informes</translation>
    </message>
</context>
<context>
    <name>coopdesk::MainWindow</name>
    <message>
        <location filename="../ui/main_window/main_window.cpp" line="+70"/>
        <location line="+578"/>
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
    </message>
    <message>
        <location line="-530"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Automatic Backup</source>
        <translation>Copia de seguridad automática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoopDesk could not back up “%1” on closing it.</source>
        <translation>CoopDesk no pudo hacer la copia de seguridad de «%1» al cerrarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Co-op…</source>
        <translation>&amp;Nueva cooperativa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an empty co-op file</source>
        <translation>Crea un archivo de cooperativa vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a co-op file</source>
        <translation>Abre un archivo de cooperativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a &amp;Shared Co-op…</source>
        <translation>Conectar a una cooperativa co&amp;mpartida…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a co-op kept on a PostgreSQL server</source>
        <translation>Abrir una cooperativa guardada en un servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;Demo Co-op</source>
        <translation>Abrir cooperativa de &amp;demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fa&amp;mily</source>
        <translation>&amp;Familia</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About CoopDesk</source>
        <translation>&amp;Acerca de CoopDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot Open Shared Co-op</source>
        <translation>No se puede abrir la cooperativa compartida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoopDesk could not open the co-op on “%1”.</source>
        <translation>CoopDesk no pudo abrir la cooperativa de «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Open Co-op File</source>
        <translation>No se puede abrir el archivo de cooperativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoopDesk could not open “%1”.</source>
        <translation>CoopDesk no pudo abrir «%1».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot Create Co-op File</source>
        <translation>No se puede crear el archivo de cooperativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoopDesk could not create “%1”.</source>
        <translation>CoopDesk no pudo crear «%1».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New Co-op</source>
        <translation>Nueva cooperativa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My co-op.coop</source>
        <translation>Mi cooperativa.coop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-op files (*.coop)</source>
        <translation>Archivos de cooperativa (*.coop)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Co-op</source>
        <translation>Abrir cooperativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-op files (*.coop);;All files (*)</source>
        <translation>Archivos de cooperativa (*.coop);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo Co-op</source>
        <translation>Cooperativa de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoopDesk could not make the demo co-op.</source>
        <translation>CoopDesk no pudo crear la cooperativa de demostración.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The new language applies when CoopDesk restarts.</source>
        <translation>El nuevo idioma se aplicará cuando CoopDesk se reinicie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h3&gt;CoopDesk %1&lt;/h3&gt;&lt;p&gt;Families, payments and engagement for homeschool co-ops.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;br&gt;SQLite %4&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoopDesk %1&lt;/h3&gt;&lt;p&gt;Familias, pagos y participación para cooperativas de educación en casa.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con Qt %3)&lt;br&gt;SQLite %4&lt;/p&gt;&lt;p&gt;Licencia: GPL-3.0 o posterior&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Shared co-op on PostgreSQL %1 (%2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cooperativa compartida en PostgreSQL %1 (%2)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About CoopDesk</source>
        <translation>Acerca de CoopDesk</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Saved: %1 (family %2, position %3)</source>
        <translation>Guardado: %1 (familia %2, posición %3)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (read-only) — CoopDesk</source>
        <translation>%1 (solo lectura) — CoopDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — CoopDesk</source>
        <translation>%1 — CoopDesk</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The read models&apos; file was deleted or replaced while open; CoopDesk now uses %1 and is bringing it up to date.</source>
        <translation>El archivo de los modelos de lectura se eliminó o se sustituyó mientras estaba abierto; CoopDesk usa ahora %1 y lo está poniendo al día.</translation>
    </message>
</context>
<context>
    <name>coopdesk::MethodBreakdownModel</name>
    <message>
        <location filename="../ui/payments/method_breakdown_model.cpp" line="+74"/>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>coopdesk::MoveToServerAction</name>
    <message>
        <location filename="../ui/move_to_server/move_to_server_action.cpp" line="+13"/>
        <source>&amp;Move to a Server…</source>
        <translation>Mo&amp;ver a un servidor…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a co-op file to move it to a server.</source>
        <translation>Abra un archivo de cooperativa para moverlo a un servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This co-op is on a server already.</source>
        <translation>Esta cooperativa ya está en un servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the co-op file into an empty database on a PostgreSQL server, to share it</source>
        <translation>Copiar el archivo de la cooperativa en una base de datos vacía de un servidor PostgreSQL, para compartirla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move to a Server</source>
        <translation>Mover a un servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The co-op is on %1 now. Events copied: %2.</source>
        <translation>La cooperativa ya está en %1. Eventos copiados: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” is kept as it was. From now on, record on the server: what is recorded in the file is not moved there.

Open the co-op on the server now?</source>
        <translation>El archivo «%1» se conserva tal como estaba. A partir de ahora, registre en el servidor: lo que se registre en el archivo no pasa al servidor.

¿Abrir ahora la cooperativa en el servidor?</translation>
    </message>
</context>
<context>
    <name>coopdesk::MoveToServerAdvice</name>
    <message>
        <location filename="../ui/move_to_server/move_to_server_dialog.cpp" line="+33"/>
        <source>Sign in as the database&apos;s owner: only that role may copy events that others recorded, keeping who recorded them.</source>
        <translation>Inicie sesión como propietario de la base de datos: solo ese rol puede copiar eventos registrados por otros conservando quién los registró.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A co-op moves only into an empty database. Ask the server&apos;s administrator for a new one, owned by the role you sign in as.</source>
        <translation>Una cooperativa solo se mueve a una base de datos vacía. Pida al administrador del servidor una nueva, cuyo propietario sea el rol con el que inicia sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the server&apos;s name and port, the database and the user, and that this computer can reach the server.</source>
        <translation>Compruebe el nombre y el puerto del servidor, la base de datos y el usuario, y que este equipo puede llegar al servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>El servidor está ocupado. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the server&apos;s administrator about the message above.</source>
        <translation>Consulte el mensaje anterior con el administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>coopdesk::MoveToServerDialog</name>
    <message>
        <location line="+12"/>
        <location line="+95"/>
        <source>Move to a Server</source>
        <translation>Mover a un servidor</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Every event of “%1” is copied into an empty database on a PostgreSQL server, where several desks can then record into the co-op. Sign in as the database&apos;s owner. The file itself is kept as it is.</source>
        <translation>Todos los eventos de «%1» se copian en una base de datos vacía de un servidor PostgreSQL, donde después varios puestos pueden registrar en la cooperativa. Inicie sesión como propietario de la base de datos. El archivo se conserva tal como está.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Copying the events of %1 to %2…</source>
        <translation>Copiando los eventos de %1 en %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 events copied</source>
        <translation>%1 de %2 eventos copiados</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The server asks for a password: choose Move again to give it.</source>
        <translation>El servidor pide una contraseña: pulse Mover de nuevo para darla.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing was moved</source>
        <translation>No se movió nada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The move was cancelled: nothing was kept on the server.</source>
        <translation>Se canceló el traslado: no quedó nada en el servidor.</translation>
    </message>
</context>
<context>
    <name>coopdesk::OverdueFamiliesAction</name>
    <message>
        <location filename="../ui/overdue/overdue_families_action.cpp" line="+10"/>
        <source>&amp;Overdue Families…</source>
        <translation>Familias con &amp;cuotas vencidas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the families with charges overdue, and export them for a mail merge</source>
        <translation>Lista las familias con cargos vencidos y los exporta para una combinación de correspondencia</translation>
    </message>
</context>
<context>
    <name>coopdesk::OverdueFamiliesDialog</name>
    <message>
        <location filename="../ui/overdue/overdue_families_dialog.cpp" line="+40"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue Families</source>
        <translation>Familias con cuotas vencidas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Overdue as &amp;of:</source>
        <translation>&amp;Vencido a fecha de:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The read models are not ready yet.</source>
        <translation>Los modelos de lectura aún no están listos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the date to list the overdue families as of.</source>
        <translation>Escriba la fecha a la que listar las familias con cuotas vencidas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The overdue families could not be read; the list may be stale.</source>
        <translation>No se pudieron leer las familias con cuotas vencidas; la lista puede estar desactualizada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No family has a charge overdue as of %1.</source>
        <translation>Ninguna familia tiene cuotas vencidas a %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n family(ies) owe %1 overdue as of %2.</source>
        <translation>
            <numerusform>%n familia debe %1 en cuotas vencidas a %2.</numerusform>
            <numerusform>%n familias deben %1 en cuotas vencidas a %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>overdue-families-%1.csv</source>
        <translation>familias-con-cuotas-vencidas-%1.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Export Overdue Families</source>
        <translation>Exportar familias con cuotas vencidas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The overdue families could not be exported to “%1”.</source>
        <translation>No se pudieron exportar las familias con cuotas vencidas a «%1».</translation>
    </message>
</context>
<context>
    <name>coopdesk::OverdueFamiliesModel</name>
    <message>
        <location filename="../ui/overdue/overdue_families_model.cpp" line="+41"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount overdue</source>
        <translation>Importe vencido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest due date</source>
        <translation>Vencimiento más antiguo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
</context>
<context>
    <name>coopdesk::OverviewScreen</name>
    <message>
        <location filename="../ui/main_window/overview_screen.cpp" line="+42"/>
        <source>Co-op file</source>
        <translation>Archivo de cooperativa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ID:</source>
        <translation>ID del archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events recorded:</source>
        <translation>Eventos registrados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access:</source>
        <translation>Acceso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes recorded as:</source>
        <translation>Autor de los cambios:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot be read right now</source>
        <translation>no se puede leer en este momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and write</source>
        <translation>Lectura y escritura</translation>
    </message>
</context>
<context>
    <name>coopdesk::OwingStatementsAction</name>
    <message>
        <location filename="../ui/statements/owing_statements_action.cpp" line="+22"/>
        <source>Statements of &amp;Families That Owe…</source>
        <translation>Extractos de las familias que de&amp;ben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save one PDF with the statement of every family that owes money, each on a page of its own</source>
        <translation>Guardar un PDF con el extracto de cada familia que debe dinero, cada uno en su propia página</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+40"/>
        <location line="+31"/>
        <location line="+9"/>
        <source>Statements of Families That Owe</source>
        <translation>Extractos de las familias que deben</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>One PDF with the statement of account of every family that owes money (withdrawn families too), in name order, each starting on a new page.</source>
        <translation>Un PDF con el extracto de cuenta de cada familia que debe dinero (también las dadas de baja), por orden de nombre, cada uno empezando en una página nueva.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save Statements</source>
        <translation>Guardar extractos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the statements into %1…</source>
        <translation>Escribiendo los extractos en %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln statement(s) written to %1,</source>
        <translation>
            <numerusform>%Ln extracto escrito en %1,</numerusform>
            <numerusform>%Ln extractos escritos en %1,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln page(s) in all.</source>
        <translation>
            <numerusform>%Ln página en total.</numerusform>
            <numerusform>%Ln páginas en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No family owes money: there is no statement to write.</source>
        <translation>Ninguna familia debe dinero: no hay ningún extracto que escribir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not written.</source>
        <translation>No se escribió %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statements cancelled: %1 was not written.</source>
        <translation>Extractos cancelados: no se escribió %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The statements could not be saved.</source>
        <translation>No se pudieron guardar los extractos.</translation>
    </message>
</context>
<context>
    <name>coopdesk::PasswordKeychain</name>
    <message>
        <location filename="../ui/connect/password_keychain.cpp" line="+61"/>
        <source>The keychain did not answer in time.</source>
        <translation>El llavero no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available on this desktop (%1).</source>
        <translation>No hay ningún llavero disponible en este escritorio (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the keychain was refused.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain failed: %1</source>
        <translation>El llavero falló: %1</translation>
    </message>
</context>
<context>
    <name>coopdesk::PaymentAnalyticsModel</name>
    <message>
        <location filename="../ui/payments/payment_analytics_model.cpp" line="+96"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet due</source>
        <translation>Sin vencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Avg. late</source>
        <translation>Retraso medio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median late</source>
        <translation>Retraso mediano</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Families with a tuition charge this month</source>
        <translation>Familias con una cuota este mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Families whose charges of the month are all settled, none late</source>
        <translation>Familias con todas las cuotas del mes pagadas, ninguna con retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Families whose charges of the month are all settled, some late</source>
        <translation>Familias con todas las cuotas del mes pagadas, alguna con retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Families with a charge of the month still open after its due date (as of today)</source>
        <translation>Familias con una cuota del mes aún abierta después de su vencimiento (a fecha de hoy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Families with a charge of the month still open, not yet due</source>
        <translation>Familias con una cuota del mes aún abierta, sin vencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected minus collected</source>
        <translation>Previsto menos cobrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean days late of the month&apos;s settled charges</source>
        <translation>Media de días de retraso de las cuotas pagadas del mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days late of the month&apos;s settled charges</source>
        <translation>Mediana de días de retraso de las cuotas pagadas del mes</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payments allocated to this month&apos;s charges</source>
        <translation>Ningún pago aplicado a las cuotas de este mes</translation>
    </message>
</context>
<context>
    <name>coopdesk::PaymentsScreen</name>
    <message>
        <location filename="../ui/payments/payments_screen.cpp" line="+141"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save C&amp;hart as PNG…</source>
        <translation>&amp;Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 months</source>
        <translation>Últimos 24 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 10 years</source>
        <translation>Últimos 10 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All months</source>
        <translation>Todos los meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen months</source>
        <translation>Meses elegidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the report (both views&apos; tables and charts, and the credit on account) as a PDF document</source>
        <translation>Guardar el informe (las tablas y los gráficos de las dos vistas, y el saldo a favor) como documento PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the chart shown as a PNG image</source>
        <translation>Guardar el gráfico visible como imagen PNG</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Months with tuition: %6. Expected %1, collected %2 (%3%), outstanding %4. Families overdue as of %5.</source>
        <translation>Meses con cuotas: %6. Previsto %1, cobrado %2 (%3 %), pendiente %4. Familias con pagos vencidos a %5.</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>&amp;Months:</source>
        <translation>&amp;Meses:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save the monthly tables and the credit on account as a CSV file for a spreadsheet</source>
        <translation>Guardar las tablas mensuales y el saldo a favor como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Collected and outstanding</source>
        <translation>Cobrado y pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families by payment state</source>
        <translation>Familias según el pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment methods</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tuition by charge month</source>
        <translation>Cuotas por mes de cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received by payment date</source>
        <translation>Recibido por fecha de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each month&apos;s tuition charges: what was expected, what payments have covered, what is still owed</source>
        <translation>Las cuotas de cada mes: lo previsto, lo que han cubierto los pagos, lo que aún se debe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every payment by the month of its date, whatever month it pays for: what the bank deposits show</source>
        <translation>Cada pago según el mes de su fecha, sea cual sea el mes que paga: lo que muestran los depósitos en el banco</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>No tuition was charged in these months.</source>
        <translation>No se cobraron cuotas en estos meses.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No payment is dated in these months.</source>
        <translation>Ningún pago tiene fecha en estos meses.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Received by payment date: %1 in %Ln payment(s).</source>
        <translation>
            <numerusform>Recibido por fecha de pago: %1 en %Ln pago.</numerusform>
            <numerusform>Recibido por fecha de pago: %1 en %Ln pagos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>all-months</source>
        <translation>todos-los-meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file could not be saved.</source>
        <translation>No se pudo guardar el archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Payments Report</source>
        <translation>Exportar el informe de pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Payments Table</source>
        <translation>Exportar la tabla de pagos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Chart as Image</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>coopdesk::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/preferences_dialog.cpp" line="+65"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded as the author of every change you make. Leave empty to use your system user name (%1).</source>
        <translation>Se registra como autor de cada cambio que haga. Déjelo vacío para usar su nombre de usuario del sistema (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The three-letter code (ISO 4217) shown with amounts, such as USD or EUR.</source>
        <translation>El código de tres letras (ISO 4217) que acompaña a los importes, como USD o EUR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No co-op is open</source>
        <translation>No hay ninguna cooperativa abierta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name of this co-op, the title of its payments report. Leave empty to use the file&apos;s name (%1).</source>
        <translation>El nombre de esta cooperativa, el título de su informe de pagos. Déjelo vacío para usar el nombre del archivo (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Co-op &amp;name:</source>
        <translation>Nombre de la &amp;cooperativa:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CoopDesk backs up a co-op when it closes it, at most once a day, and removes the oldest backups beyond this number.</source>
        <translation>CoopDesk hace una copia de seguridad de cada cooperativa al cerrarla, como mucho una al día, y elimina las más antiguas que pasen de este número.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups to &amp;keep:</source>
        <translation>Copias a con&amp;servar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The system language (%1)</source>
        <translation>El idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 applies the next time CoopDesk starts: close CoopDesk and open it again.</source>
        <translation>%1 se aplicará la próxima vez que se inicie CoopDesk: cierre CoopDesk y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language applies the next time CoopDesk starts.</source>
        <translation>El idioma se aplica la próxima vez que se inicia CoopDesk.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>CoopDesk could not open the folder %1.</source>
        <translation>CoopDesk no pudo abrir la carpeta %1.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>coopdesk::ProjectionStatusModel</name>
    <message>
        <location filename="../ui/projections/projection_status_model.cpp" line="+32"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read model</source>
        <translation>Modelo de lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behind (events)</source>
        <translation>Retraso (eventos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behind (time)</source>
        <translation>Retraso (tiempo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events processed</source>
        <translation>Eventos procesados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error at</source>
        <translation>Error en</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last position this read model has applied</source>
        <translation>La última posición que ha aplicado este modelo de lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last position in the co-op file</source>
        <translation>La última posición del archivo de la cooperativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long ago the newest event not yet applied was recorded</source>
        <translation>Hace cuánto se registró el evento más reciente aún sin aplicar</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
</context>
<context>
    <name>coopdesk::ProjectionsScreen</name>
    <message>
        <location filename="../ui/projections/projections_screen.cpp" line="+58"/>
        <source>&amp;Rebuild</source>
        <translation>&amp;Reconstruir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild &amp;All</source>
        <translation>Reconstruir &amp;todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip Event…</source>
        <translation>&amp;Omitir evento…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Rebuild</source>
        <translation>&amp;Cancelar la reconstrucción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projections</source>
        <translation>Proyecciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rebuild the selected read model from the events, beside the one in use, and swap it in when done</source>
        <translation>Reconstruir el modelo de lectura seleccionado a partir de los eventos, junto al que está en uso, y cambiarlo al terminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rebuild every read model from the events</source>
        <translation>Reconstruir todos los modelos de lectura a partir de los eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the event that stopped the selected read model again (after an upgrade of CoopDesk)</source>
        <translation>Volver a intentar el evento que detuvo el modelo de lectura seleccionado (tras actualizar CoopDesk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the event that stopped the selected read model; the skip is recorded</source>
        <translation>Omitir el evento que detuvo el modelo de lectura seleccionado; la omisión queda registrada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Skipped events</source>
        <translation>Eventos omitidos</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Read models stopped at an event they cannot apply: %1. Retry or skip the event below.</source>
        <translation>Modelos de lectura detenidos en un evento que no pueden aplicar: %1. Reintente u omita el evento abajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catching up, events to apply: %1; head at %2.</source>
        <translation>Poniéndose al día, eventos por aplicar: %1; cabeza en %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every read model is up to date with the co-op file (head at %1).</source>
        <translation>Todos los modelos de lectura están al día con el archivo de la cooperativa (cabeza en %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event has been skipped.</source>
        <translation>No se ha omitido ningún evento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These events are left out of the read models named; each skip is recorded with who and when.</source>
        <translation>Estos eventos quedan fuera de los modelos de lectura indicados; cada omisión se registra con quién y cuándo.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rebuilding %1…</source>
        <translation>Reconstruyendo %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Rebuilding %1: %2 of %Ln event(s)</source>
        <translation>
            <numerusform>Reconstruyendo %1: %2 de %Ln evento</numerusform>
            <numerusform>Reconstruyendo %1: %2 de %Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 events/s, about %2 left</source>
        <translation>, %1 eventos/s, quedan unos %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 now read from the rebuilt tables.</source>
        <translation>%1: ahora se leen las tablas reconstruidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild finished.</source>
        <translation>Reconstrucción terminada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 keep their tables as they were. %2</source>
        <translation>%1: las tablas siguen como estaban. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild not finished.</source>
        <translation>La reconstrucción no terminó.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Skip Event?</source>
        <translation>¿Omitir el evento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the event at position %1 in “%2”?</source>
        <translation>¿Omitir el evento de la posición %1 en «%2»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This read model will leave the event out and go on with the next ones. The event stays in the co-op file, and the skip is recorded under your name (%1).

Error: %2</source>
        <translation>Este modelo de lectura dejará fuera el evento y seguirá con los siguientes. El evento sigue en el archivo de la cooperativa, y la omisión se registra a su nombre (%1).

Error: %2</translation>
    </message>
</context>
<context>
    <name>coopdesk::ProjectorWorker</name>
    <message>
        <location filename="../core/projections/projector_worker.cpp" line="+229"/>
        <source>Rebuild cancelled</source>
        <translation>Reconstrucción cancelada</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The rebuild stopped: the views file was replaced</source>
        <translation>La reconstrucción se detuvo: se sustituyó el archivo de vistas</translation>
    </message>
</context>
<context>
    <name>coopdesk::RecentActivityModel</name>
    <message>
        <location filename="../ui/dashboard/recent_activity_model.cpp" line="+25"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
</context>
<context>
    <name>coopdesk::RecentFilesMenu</name>
    <message>
        <location filename="../ui/main_window/recent_files_menu.cpp" line="+12"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
    </message>
</context>
<context>
    <name>coopdesk::RestoreBackupAction</name>
    <message>
        <location filename="../ui/backup/restore_backup_action.cpp" line="+30"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open a co-op to restore it from one of its backups.</source>
        <translation>Abra una cooperativa para restaurarla desde una de sus copias de seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet available for a server co-op.</source>
        <translation>Aún no disponible para una cooperativa en un servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo co-op has no backups: it is made again at will.</source>
        <translation>La cooperativa de demostración no tiene copias de seguridad: se puede volver a crear en cualquier momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put a backup in the co-op file&apos;s place, keeping the file beside it</source>
        <translation>Poner una copia de seguridad en lugar del archivo de la cooperativa, conservando el archivo a su lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking the backup %1…</source>
        <translation>Comprobando la copia de seguridad %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <location line="+45"/>
        <location line="+15"/>
        <location line="+46"/>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” cannot be restored from “%2”.</source>
        <translation>«%1» no se puede restaurar desde «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Putting %1 in the place of %2…</source>
        <translation>Poniendo %1 en lugar de %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The backup holds %Ln event(s), each checked.</source>
        <translation>
            <numerusform>La copia de seguridad contiene %Ln evento, comprobado.</numerusform>
            <numerusform>La copia de seguridad contiene %Ln eventos, todos comprobados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The co-op file holds %Ln event(s) now.</source>
        <translation>
            <numerusform>El archivo de la cooperativa contiene ahora %Ln evento.</numerusform>
            <numerusform>El archivo de la cooperativa contiene ahora %Ln eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>What was recorded after the backup (%Ln event(s)) is not in it; it stays in the file kept.</source>
        <translation>
            <numerusform>Lo registrado después de la copia de seguridad (%Ln evento) no está en ella; sigue en el archivo que se conserva.</numerusform>
            <numerusform>Lo registrado después de la copia de seguridad (%Ln eventos) no está en ella; sigue en el archivo que se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CoopDesk will close the co-op, keep its file as “%1” in the same folder, put the backup in its place and open it.</source>
        <translation>CoopDesk cerrará la cooperativa, conservará su archivo como «%1» en la misma carpeta, pondrá la copia de seguridad en su lugar y la abrirá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore “%1” from “%2”?</source>
        <translation>¿Restaurar «%1» desde «%2»?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” was restored from “%2”.</source>
        <translation>«%1» se restauró desde «%2».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It holds %Ln event(s), each checked.</source>
        <translation>
            <numerusform>Contiene %Ln evento, comprobado.</numerusform>
            <numerusform>Contiene %Ln eventos, todos comprobados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file it replaced is kept in the same folder as “%1”.</source>
        <translation>El archivo al que sustituyó se conserva en la misma carpeta como «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored from %1; the file before is kept as %2.</source>
        <translation>Restaurado desde %1; el archivo anterior se conserva como %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore cancelled: %1 is as it was.</source>
        <translation>Restauración cancelada: %1 sigue como estaba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The co-op file is as it was before.</source>
        <translation>El archivo de la cooperativa sigue como estaba.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The restored file could not be opened.</source>
        <translation>No se pudo abrir el archivo restaurado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The co-op file was put back as it was.</source>
        <translation>El archivo de la cooperativa se devolvió a su sitio tal como estaba.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CoopDesk could not restore “%1” from “%2”.</source>
        <translation>CoopDesk no pudo restaurar «%1» desde «%2».</translation>
    </message>
</context>
<context>
    <name>coopdesk::RestoreBackupDialog</name>
    <message>
        <location filename="../ui/backup/restore_backup_dialog.cpp" line="+26"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>“%1” holds %Ln event(s) now. Choose the backup to put in its place:</source>
        <translation>
            <numerusform>«%1» contiene ahora %Ln evento. Elija la copia de seguridad que se pondrá en su lugar:</numerusform>
            <numerusform>«%1» contiene ahora %Ln eventos. Elija la copia de seguridad que se pondrá en su lugar:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the backup to put in the place of “%1”:</source>
        <translation>Elija la copia de seguridad que se pondrá en lugar de «%1»:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic backup</source>
        <translation>Copia de seguridad automática</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no automatic backups of this co-op yet: CoopDesk takes one when it closes the co-op, at most one a day. Choose a file to restore from another copy.</source>
        <translation>Aún no hay copias de seguridad automáticas de esta cooperativa: CoopDesk hace una al cerrarla, como mucho una al día. Elija un archivo para restaurar desde otra copia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup is checked before it takes the co-op file&apos;s place; the co-op file is kept beside it as “%1”.</source>
        <translation>La copia de seguridad se comprueba antes de ocupar el lugar del archivo de la cooperativa; este se conserva a su lado como «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a &amp;File…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose a Backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-op files (*.coop *.coop.before-restore*);;All files (*)</source>
        <translation>Archivos de cooperativa (*.coop *.coop.before-restore*);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>coopdesk::RiskTierModel</name>
    <message>
        <location filename="../ui/dashboard/risk_tier_model.cpp" line="+30"/>
        <source>Risk tier</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avg. engagement</source>
        <translation>Participación media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avg. risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>coopdesk::SaveCopyAction</name>
    <message>
        <location filename="../ui/backup/save_copy_action.cpp" line="+22"/>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write a verified copy of the co-op file, while it stays open</source>
        <translation>Escribir una copia verificada del archivo de la cooperativa, sin cerrarlo</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+12"/>
        <source>%1 copy %2.coop</source>
        <translation>%1 copia %2.coop</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+36"/>
        <location line="+13"/>
        <location line="+41"/>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Write a verified co-op file holding every event of the shared co-op</source>
        <translation>Escribir un archivo de cooperativa verificado con todos los eventos de la cooperativa compartida</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>CoopDesk co-op files (*.coop)</source>
        <translation>Archivos de cooperativa de CoopDesk (*.coop)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Shared co-op</source>
        <translation>Cooperativa compartida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” already exists.</source>
        <translation>«%1» ya existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy never replaces a file: choose a new name.</source>
        <translation>Una copia nunca reemplaza un archivo: elija un nombre nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying every event of the shared co-op into %1…</source>
        <translation>Copiando todos los eventos de la cooperativa compartida en %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying and checking the co-op file into %1…</source>
        <translation>Copiando y comprobando el archivo de la cooperativa en %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 events copied</source>
        <translation>%1 de %2 eventos copiados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 events checked</source>
        <translation>%1 de %2 eventos comprobados</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A checked copy was written to %1. Events: %2.</source>
        <translation>Se escribió una copia comprobada en %1. Eventos: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy cancelled: %1 was not written.</source>
        <translation>Copia cancelada: no se escribió %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CoopDesk could not write a copy to “%1”.</source>
        <translation>CoopDesk no pudo escribir una copia en «%1».</translation>
    </message>
</context>
<context>
    <name>coopdesk::ServerCoopName</name>
    <message>
        <location filename="../ui/session/server_coop_name.cpp" line="+19"/>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>coopdesk::ServerPasswordDialog</name>
    <message>
        <location filename="../ui/connect/server_password.cpp" line="+18"/>
        <source>Server Password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The saved password was not accepted</source>
        <translation>La contraseña guardada no fue aceptada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server of the shared co-op
%1
asks for a password.</source>
        <translation>El servidor de la cooperativa compartida
%1
pide una contraseña.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remember password in the keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the desktop&apos;s keychain, never in CoopDesk&apos;s settings. Untick it to forget a saved password.</source>
        <translation>Se guarda en el llavero del escritorio, nunca en la configuración de CoopDesk. Desmárquelo para olvidar una contraseña guardada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>coopdesk::ServerSignIn</name>
    <message>
        <location filename="../ui/connect/server_sign_in.cpp" line="+73"/>
        <source>The password was not saved in the keychain: %1</source>
        <translation>La contraseña no se guardó en el llavero: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved password could not be forgotten: %1</source>
        <translation>No se pudo olvidar la contraseña guardada: %1</translation>
    </message>
</context>
<context>
    <name>coopdesk::SessionStatusBar</name>
    <message>
        <location filename="../ui/main_window/session_status_bar.cpp" line="+38"/>
        <source>The position of the last event in the co-op file</source>
        <translation>La posición del último evento del archivo de cooperativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the screens are behind the co-op file: events not yet shown, and for how long</source>
        <translation>Cuánto van las pantallas por detrás del archivo de cooperativa: eventos aún no mostrados y desde hace cuánto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as the author of new events (Preferences)</source>
        <translation>Se registra como autor de los eventos nuevos (Preferencias)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No file open</source>
        <translation>Ningún archivo abierto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File: %1 (read-only)</source>
        <translation>Archivo: %1 (solo lectura)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: %1 (read-only)</source>
        <translation>Servidor: %1 (solo lectura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared co-op&apos;s PostgreSQL server</source>
        <translation>El servidor PostgreSQL de la cooperativa compartida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s role, recorded as the author of new events</source>
        <translation>El rol del servidor, que se registra como autor de los eventos nuevos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server unreachable — showing views as of %1</source>
        <translation>Servidor inaccesible: se muestran las vistas de las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screens show what they knew then, until the server answers again</source>
        <translation>Las pantallas muestran lo que sabían entonces, hasta que el servidor vuelva a responder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family: %1</source>
        <translation>Familia: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head: %1</source>
        <translation>Posición: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag: %1 · %2 ms</source>
        <translation>Retraso: %1 · %2 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head: —</source>
        <translation>Posición: —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag: —</source>
        <translation>Retraso: —</translation>
    </message>
</context>
<context>
    <name>coopdesk::SkippedEventsModel</name>
    <message>
        <location filename="../ui/projections/skipped_events_model.cpp" line="+42"/>
        <source>Read model</source>
        <translation>Modelo de lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped by</source>
        <translation>Omitido por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped on</source>
        <translation>Omitido el</translation>
    </message>
</context>
<context>
    <name>coopdesk::StartPage</name>
    <message>
        <location filename="../ui/main_window/start_page.cpp" line="+34"/>
        <source>Welcome to CoopDesk</source>
        <translation>Bienvenido a CoopDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Families, payments and engagement for your homeschool co-op. Everything you record is kept in one co-op file.</source>
        <translation>Familias, pagos y participación para su cooperativa de educación en casa. Todo lo que registre se guarda en un único archivo de cooperativa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Co-op…</source>
        <translation>Nueva cooperativa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty co-op file.</source>
        <translation>Crea un archivo de cooperativa vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing co-op file.</source>
        <translation>Abre un archivo de cooperativa existente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Demo Co-op</source>
        <translation>Abrir cooperativa de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore CoopDesk with a co-op full of sample families.</source>
        <translation>Explore CoopDesk con una cooperativa llena de familias de ejemplo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent co-op files</source>
        <translation>Archivos de cooperativa recientes</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shared co-op — %1</source>
        <translation>Cooperativa compartida — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>coopdesk::StatementPeriodDialog</name>
    <message>
        <location filename="../ui/statements/statement_period_dialog.cpp" line="+31"/>
        <source>Entries before the first day are added up as the balance brought forward.</source>
        <translation>Los apuntes anteriores al primer día se suman como saldo anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>enter a date.</source>
        <translation>escriba una fecha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day: %1</source>
        <translation>Primer día: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day: %1</source>
        <translation>Último día: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day comes after the last one.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
</context>
</TS>
